package speaker

import (
	"strings"
	"sync"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// cue is a speech verb or attribution phrase in the narration.
type cue struct {
	Span
	tok0, tok1 int // tokens [tok0, tok1)
	lemma      string
	gerund     bool // "adding", "saying": the subject is the main clause's
	according  bool // "according to"
}

// findCues records every speech verb of the narration and "according to".
func (d *document) findCues() {
	d.cueAt = sized(d.cueAt, len(d.toks), -1)
	verbs := lexicon.CueVerbs()
	for k := 0; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tokWord {
			continue
		}
		if t.upper && !d.startsSentence(k) {
			continue // a name such as "Post" or "Said"
		}
		w := d.info(k).lower
		if d.nounPosition(k) || d.genericSaying(k) {
			continue // "Rubio's claim", "the statement", "his reply"
		}
		if c, ok := d.phraseCue(k, w, verbs); ok {
			if c.tok1 == k+1 && c.lemma == w && d.afterSingularModifier(k) {
				continue // "an executive order", "a public comment"
			}
			if c.gerund && k > 0 && d.toks[k-1].kind == tokWord && isHave(d.info(k-1).lower) {
				continue // "doctors have admitting privileges": a modifier, not a verb
			}
			d.cueAt[k] = len(d.cues)
			d.cues = append(d.cues, c)
			k = c.tok1 - 1
		}
	}
}

// phraseCue matches a cue starting at token k whose lower-case word is w:
// a two-word form first ("went on", "according to"), then one word.
func (d *document) phraseCue(k int, w string, verbs map[string]string) (cue, bool) {
	if k+1 < len(d.toks) && d.toks[k+1].kind == tokWord && (w == "according" || phraseStarts()[w]) {
		two := w + " " + d.info(k+1).lower
		if two == "according to" {
			return cue{Span: Span{Start: d.toks[k].Start, End: d.toks[k+1].End}, tok0: k, tok1: k + 2, lemma: "according to", according: true}, true
		}
		if lemma, ok := verbs[two]; ok {
			return cue{Span: Span{Start: d.toks[k].Start, End: d.toks[k+1].End}, tok0: k, tok1: k + 2, lemma: lemma, gerund: strings.HasSuffix(w, "ing")}, true
		}
	}
	if lemma, ok := verbs[w]; ok {
		return cue{Span: d.toks[k].Span, tok0: k, tok1: k + 1, lemma: lemma, gerund: strings.HasSuffix(w, "ing")}, true
	}
	return cue{}, false
}

// startsSentence reports whether token k is the first word of its
// sentence.
func (d *document) startsSentence(k int) bool {
	return k == 0 || d.toks[k-1].sent != d.toks[k].sent || d.paraOf(k-1) != d.paraOf(k)
}

// phraseStarts holds the first words of the speech verbs written in two
// words ("went" of "went on"), so that other words skip the two-word
// lookup.
var phraseStarts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for form := range lexicon.CueVerbs() {
		if first, _, ok := strings.Cut(form, " "); ok {
			m[first] = true
		}
	}
	return m
})

// nounPosition reports a word right after a determiner or a possessive,
// where a speech verb's form is a noun ("the claim", "Rubio's claim",
// "his reply").
func (d *document) nounPosition(k int) bool {
	if k == 0 || d.toks[k-1].kind != tokWord || d.toks[k-1].sent != d.toks[k].sent {
		return false
	}
	prev := d.word(d.toks[k-1])
	return d.is(k-1, wDeterminer) || isPossessive(prev) || strings.HasSuffix(prev, "s’") || strings.HasSuffix(prev, "s'")
}

// afterSingularModifier reports a word after "a" or "an" and one
// modifier ("an executive order"): a singular subject would
// take the verb's -s form, so the bare form there is a noun.
func (d *document) afterSingularModifier(k int) bool {
	if k < 2 || d.toks[k-1].kind != tokWord || d.toks[k-2].kind != tokWord || d.toks[k-2].sent != d.toks[k].sent {
		return false
	}
	switch d.info(k - 2).lower {
	case "a", "an", "another", "each", "every":
		return true
	}
	return false
}

// isHave reports a form of "have", which an -ing verb form never follows
// as a verb ("have admitting privileges").
func isHave(w string) bool { return w == "have" || w == "has" || w == "had" }
