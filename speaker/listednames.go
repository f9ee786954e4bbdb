package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// addsToList reports a run of capitalised words that opens with "And",
// "Or" or "Nor" ("And Walter," "Or Ruth--"): the speaker adds a name to
// what was being listed, and calls no one.
func (d *document) addsToList(toks []token, i int) bool {
	switch strings.ToLower(d.word(toks[i])) {
	case "and", "or", "nor":
		return true
	}
	return false
}

// namesPlace reports a run of two or more capitalised words ending in a
// place head ("Pinfold Lane", "Upper Quarry Road") whose first word is no
// given name: an address read out, not a call.
func (d *document) namesPlace(toks []token, i, end int) bool {
	if end-i < 2 || !toks[end-1].upper {
		return false
	}
	if _, ok := placeHeads[strings.ToLower(d.word(toks[end-1]))]; !ok {
		return false
	}
	_, given := lexicon.FirstNameGender(d.word(toks[i]))
	return !given
}
