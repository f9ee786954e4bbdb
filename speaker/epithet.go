package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// An epithet is a description that news uses only for someone already
// named: a nationality ("the Dane said", "said the Brazilian") or an age
// ("the 38-year-old said"). Nobody is introduced that way, so it stands
// for the latest named person before it rather than for a new entity.

// tryEpithet reads "the" and a singular demonym or an age word used as a
// noun, in the place of a speaker: a lower-case speech verb follows ("the
// Dane said") or one comes right before ("said the Portuguese"), so that
// "the Danish team", "the Islamic State" and "the 38-year-old striker" are
// left to the other readers. It returns the token after the mention, or i
// when none starts there.
func (f *mentionFinder) tryEpithet(i, hi int) int {
	if i+1 >= hi || f.d.info(i).lower != "the" || f.toks[i+1].kind != tokWord {
		return i
	}
	if !f.epithetWord(i+1) || !f.lowerVerb(i+2, hi) && !(i > 0 && f.toks[i-1].sent == f.toks[i].sent && f.lowerVerb(i-1, hi)) &&
		!f.ageSubject(i, hi) {
		return i
	}
	m := mention{Span: Span{Start: f.toks[i].Start, End: f.toks[i+1].End}, tok0: i, tok1: i + 2,
		kind: MentionNominal, ekind: Person, person: 3, epithet: true, owner: -1, entity: -1, sentence: f.toks[i].sent}
	if strings.HasSuffix(f.d.info(i+1).lower, "man") {
		m.gender = Male // "the Frenchman"
	}
	f.out = append(f.out, m)
	return i + 2
}

// epithetWord reports a capitalised singular demonym ("Dane", "Ghanaian")
// or an age written as one hyphenated word ("38-year-old").
func (f *mentionFinder) epithetWord(k int) bool {
	if isAgeWord(f.d.info(k).lower) {
		return true
	}
	if !f.toks[k].upper {
		return false
	}
	kind, ok := lexicon.Places()[f.d.info(k).lower]
	return ok && kind.Has(lexicon.PlaceDemonym)
}

// isAgeWord reports "38-year-old" or "six-year-old".
func isAgeWord(lw string) bool {
	n, ok := strings.CutSuffix(lw, "-year-old")
	return ok && n != "" && !strings.ContainsAny(n, " -")
}

// lowerVerb reports a lower-case speech verb at token k.
func (f *mentionFinder) lowerVerb(k, hi int) bool {
	return k >= 0 && k < hi && f.toks[k].kind == tokWord && !f.toks[k].upper && f.d.is(k, wVerb)
}

// epithetReach is how many mentions back an epithet looks for its name.
const epithetReach = 60

// epithetEntity returns the entity of the latest named person mentioned
// before mention i, or -1 when there is none within epithetReach. A name
// right after a speech verb is its listener, not the one an epithet
// goes on describing ("Quaile told Tarn Sport … the 52-year-old added").
func (d *document) epithetEntity(i int) int {
	for j := i - 1; j >= max(0, i-epithetReach); j-- {
		m := d.mentions[j]
		if d.namesPerson(m) && !d.afterCue(m.tok0) {
			return m.entity
		}
	}
	return -1
}

// afterCue reports a speech verb right before token k.
func (d *document) afterCue(k int) bool {
	return k > 0 && d.cueAt[k-1] >= 0 && d.cues[d.cueAt[k-1]].tok1 == k
}

// ageSubject reports "the" and an age word opening a sentence at token i
// and followed by a verb in the past or an auxiliary ("The 23-year-old
// struck twice", "The 31-year-old has scored nine"): the age stands as
// the subject, for someone named before, as "the 38-year-old striker"
// does not.
func (f *mentionFinder) ageSubject(i, hi int) bool {
	if !isAgeWord(f.d.info(i+1).lower) || i > 0 && f.toks[i-1].sent == f.toks[i].sent || i+2 >= hi {
		return false
	}
	t := f.toks[i+2]
	if t.kind != tokWord || t.upper {
		return false
	}
	w := f.d.info(i + 2).lower
	return isParticiple(w) || ageAuxiliaries[w]
}

// ageAuxiliaries are verbs that follow a subject and open its predicate.
var ageAuxiliaries = map[string]bool{
	"has": true, "had": true, "is": true, "was": true, "will": true, "would": true, "could": true,
	"did": true, "does": true, "can": true, "must": true,
}
