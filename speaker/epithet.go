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
	if !f.epithetWord(i+1) || !f.lowerVerb(i+2, hi) && !(i > 0 && f.toks[i-1].sent == f.toks[i].sent && f.lowerVerb(i-1, hi)) {
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
