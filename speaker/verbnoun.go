package speaker

import "github.com/quoteattr/quoteattr/internal/lexicon"

// lastNameNoun reports a capitalised speech verb in its bare form at
// token j that closes a run of capitalised words: "Network Rail said",
// "The Morning Post reported", "The Evening Echo, a local paper,". There
// it is the last word of a name, not the verb of a title-case headline,
// whose verbs are inflected ("Lee Says") or take a lower-case
// preposition ("Democrats Call for Inquiry"). What follows must be a
// lower-case speech verb, a possessive ending or no word at all. After
// a place ("New York State") the word is left to the place rules.
func (f *mentionFinder) lastNameNoun(i, j, hi int) bool {
	if f.allPlaces(i, j) {
		return false
	}
	lw := f.d.info(j).lower
	if lemma, ok := lexicon.CueVerbs()[lw]; !ok || lemma != lw {
		return false
	}
	k := j + 1
	if k >= hi || f.toks[k].sent != f.toks[j].sent {
		return true
	}
	if f.toks[k].kind != tokWord {
		return true
	}
	return !f.toks[k].upper && f.d.is(k, wVerb)
}
