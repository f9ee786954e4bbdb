package speaker

import "strings"

// leadInVerbs are the speech verbs that announce the words to come when
// they end their sentence ("Then the stranger spoke."), as opposed to
// gestures that the cue lexicon also holds ("She nodded.", "He laughed.").
var leadInVerbs = map[string]bool{
	"speak": true, "speak up": true, "begin": true, "answer": true, "reply": true,
	"respond": true, "resume": true, "continue": true, "go on": true, "explain": true,
}

// leadInTail holds the words that may stand between a speech verb and
// the full stop of a sentence announcing speech ("she spoke at last.",
// "he began again."), besides adverbs in -ly.
var leadInTail = map[string]bool{
	"again": true, "first": true, "at": true, "last": true, "then": true, "now": true,
	"once": true, "up": true, "out": true, "too": true,
}

// leadInCue returns the subject and cue of a sentence of narration that
// announces quotation q without giving it: a speech verb followed by
// nothing but adverbs and a full stop ("Then the stranger spoke.",
// "Whereupon his wife spoke."), ending right before q in its paragraph,
// or ending the paragraph before when q opens its own. The words that
// follow are the announced speech. The subject must be a name or "I": a
// "he" or "she" there is left to the action beats. It returns -1, -1
// otherwise, and when the verb is negated or follows a modal ("had never
// spoken", "would speak") or the sentence is the cue of a quotation
// before it.
func (d *document) leadInCue(q int) (mention, cueIndex int) {
	p, qt := d.quotePara[q], d.quoteTok[q]
	lo, end := d.paraTok[p], qt
	if qt == lo {
		if p == 0 {
			return -1, -1
		}
		lo, end = d.paraTok[p-1], d.paraTok[p]
	}
	if end == lo || d.toks[end-1].kind != tokPunct || d.word(d.toks[end-1]) != "." {
		return -1, -1
	}
	start := d.sentenceStart(end-1, lo)
	if d.hasQuote(start, end) || start > lo && d.toks[start-1].kind == tokQuote {
		return -1, -1
	}
	ci := d.leadInVerb(start, end-1)
	if ci < 0 || !leadInVerbs[d.cues[ci].lemma] || d.cues[ci].gerund || d.cues[ci].according || d.afterModal(ci, start) || d.negated(ci, start) {
		return -1, -1
	}
	mi := d.subjectOf(ci, start, end)
	if mi < 0 || d.isThing(mi) || !d.canSpeak(mi) {
		return -1, -1
	}
	m := d.mentions[mi]
	if m.plural || m.place || m.collective() || m.person == 2 || m.kind == MentionPronoun && m.person == 3 {
		return -1, -1
	}
	return mi, ci
}

// leadInVerb returns the cue that ends tokens [start, end) but for
// adverbs; -1 when there is none.
func (d *document) leadInVerb(start, end int) int {
	k := end
	for k > start && d.toks[k-1].kind == tokWord && !d.toks[k-1].upper && d.cueAt[k-1] < 0 {
		w := d.info(k - 1).lower
		if !leadInTail[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			break
		}
		k--
	}
	for j := k - 1; j >= start && j >= k-3; j-- {
		if ci := d.cueAt[j]; ci >= 0 && d.cues[ci].tok1 == k {
			return ci
		}
	}
	return -1
}

// negated reports a cue right after "not", "never" or "n't" ("he had never
// spoken"): speech that did not happen.
func (d *document) negated(ci, lo int) bool {
	for k := d.cues[ci].tok0 - 1; k >= lo && k >= d.cues[ci].tok0-2; k-- {
		if d.toks[k].kind != tokWord {
			return false
		}
		w := d.info(k).lower
		if w == "not" || w == "never" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// attributeLeadIn attributes quotation q to mi, the subject of the
// sentence announcing it with cue ci; a pronoun or description there is
// resolved as a cue would be, against the speaker the conversation
// expects.
func (d *document) attributeLeadIn(q, mi, ci int, g *dialogue) {
	m := d.mentions[mi]
	conf := confColon * 0.9
	if m.kind == MentionPronoun && m.person == 3 || m.kind == MentionNominal && (m.entity < 0 || !d.entities[m.entity].proper) {
		d.resolvePending(q, pendingCue{mention: mi, cue: ci, rule: RuleCueAdjacent, conf: conf}, g.expected(d.quotePara[q]), g)
		return
	}
	d.attribute(q, mi, ci, RuleCueAdjacent, conf)
}
