package speaker

import (
	"unicode"

	"github.com/quoteattr/quoteattr/quote"
)

// narratedFragments makes terms of the fragments a novel's narration puts
// in quotation marks with no speech verb introducing them ("built for
// “style,” not service"): fiction quotes its characters' speech whole and
// marks a word or phrase only to mention it, where news quotes fragments
// of what its sources said.
func (d *document) narratedFragments() {
	for q, k := range d.kinds {
		qt := d.quoteTok[q]
		if k != quote.Partial || qt < 0 || !startsLower(d.quotes[q].Content.Text(d.text)) || !d.afterNarration(qt) {
			continue
		}
		if _, _, near := d.cueBefore(qt); near {
			continue
		}
		if mi, _ := d.cueAfter(qt); mi >= 0 {
			continue
		}
		d.kinds[q] = quote.Term
	}
}

// startsLower reports text whose first letter is lower case.
func startsLower(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// afterNarration reports a quotation token preceded in its sentence by
// words of the narration, with no other quotation between.
func (d *document) afterNarration(qt int) bool {
	lo, _ := d.paraBounds(qt)
	for k := qt - 1; k >= lo && d.toks[k].sent == d.toks[qt].sent; k-- {
		switch d.toks[k].kind {
		case tokQuote:
			return false
		case tokWord:
			return true
		}
	}
	return false
}
