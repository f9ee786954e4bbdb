package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// indefinites are the articles and demonstratives before which a
// capitalised word may be a modifier written with a capital ("an Eastern
// rug", "this Gothic tower") rather than a name.
var indefinites = map[string]bool{"a": true, "an": true, "this": true, "that": true, "these": true, "those": true}

// capitalisedModifier reports a one-word capitalised run [i, end) after
// an indefinite article or a demonstrative that modifies what follows
// instead of naming someone: an adjective with a capital before a word in
// lower case ("this Eastern figure", "an Arctic wind"), or the first of a
// row of capitalised adjectives joined by "and" ("a Bold and Wise Owl").
// A title, a given name or a possessive ("a Mr. Pellow", "a Tobias Reed")
// stays a name.
func (f *mentionFinder) capitalisedModifier(i, end int) bool {
	if end != i+1 || i == 0 || end >= len(f.toks) || f.toks[end].sent != f.toks[i].sent || f.toks[end].kind != tokWord {
		return false
	}
	if !indefinites[f.d.info(i-1).lower] || f.toks[i-1].sent != f.toks[i].sent {
		return false
	}
	w := f.d.word(f.toks[i])
	if isPossessive(w) {
		return false
	}
	if titleOrGivenName(w) {
		return false
	}
	next := f.d.info(end).lower
	if next == "and" || next == "or" {
		return end+1 < len(f.toks) && f.toks[end+1].upper && f.toks[end+1].kind == tokWord
	}
	if f.toks[end].upper {
		return false
	}
	lw := strings.ToLower(w)
	if hasAdjectiveSuffix(lw) {
		return true
	}
	k, ok := lexicon.LookupPlace(w)
	return ok && k.Has(lexicon.PlaceDemonym)
}

// modifierComma reports a comma at token k between two modifiers of one
// description ("a tall, thin man"): a word in lower case follows.
func (f *mentionFinder) modifierComma(k, hi int) bool {
	if f.d.word(f.toks[k]) != "," || k+1 >= hi {
		return false
	}
	n := f.toks[k+1]
	return n.kind == tokWord && !n.upper
}

// afterModifiers returns the token after a row of capitalised modifiers
// whose first one ends before token end: after "and" or "or", the
// capitalised words the text also writes in lower case are modifiers too,
// and a name may follow them ("a Bold and Hardy Badger Fennick" names
// Fennick, when the text also writes "hardy" and "badger").
func (f *mentionFinder) afterModifiers(end, hi int) int {
	if end >= hi {
		return end
	}
	if lw := f.d.info(end).lower; lw != "and" && lw != "or" {
		return end
	}
	k := end + 1
	for ; k < hi && f.toks[k].kind == tokWord && f.toks[k].upper && f.toks[k].sent == f.toks[end].sent; k++ {
		w := f.d.word(f.toks[k])
		if !f.d.seenLower(w) {
			break
		}
		if _, ok := lexicon.FirstNameGender(w); ok {
			break
		}
		if _, ok := lexicon.LookupTitle(w); ok {
			break
		}
	}
	return k
}
