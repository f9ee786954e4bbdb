package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// generational are the suffixes that belong to a name, telling apart
// people of one family (Carl Dunn Jr., Henry Ford II); other post-nominals
// are posts and honours (MP, QC, OBE, PhD) that the name is written
// without.
var generational = map[string]bool{"jr": true, "jnr": true, "sr": true, "snr": true, "ii": true, "iii": true, "iv": true}

// endBeforePostNominal returns the end of the core name [core, end)
// without the post-nominal letters of posts and honours that close it
// ("Ada Morrow MP", "Ben Hale QC, OBE" give "Ada Morrow", "Ben Hale"). A
// name needs a word of its own left before them.
func (f *mentionFinder) endBeforePostNominal(core, end int) int {
	e := end
	for {
		k := e
		for k-1 > core && (f.d.word(f.toks[k-1]) == "." || f.d.word(f.toks[k-1]) == ",") {
			k--
		}
		if k-1 <= core || !isPostNominal(f.d.word(f.toks[k-1])) {
			break
		}
		e = k - 1
	}
	for e < end && e-1 > core && f.d.word(f.toks[e-1]) == "," {
		e--
	}
	return e
}

// isPostNominal reports the letters of a post or an honour written after
// a name (MP, QC, OBE, PhD), not a generational suffix.
func isPostNominal(w string) bool {
	lw := strings.ToLower(w)
	t, ok := lexicon.LookupTitle(lw)
	if !ok || !t.Class.Has(lexicon.TitleSuffix) || generational[lw] {
		return false
	}
	return strings.ToUpper(w) == w || w == "PhD" || w == "Esq" || w == "Bart"
}
