package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// honorBare reports whether the last honorific among tokens [i, core) is
// written without a full stop, as British style writes it ("Mr Hadley",
// "Ms Ferrow"): a speaker's name printed with that honorific keeps the
// text's form.
func (f *mentionFinder) honorBare(i, core int) bool { return f.d.honorBare(f.toks[i:core]) }

// honorBare reports whether the last honorific among toks is written
// without a full stop.
func (d *document) honorBare(toks []token) bool {
	bare := false
	for _, t := range toks {
		w := d.word(t)
		if tt, ok := lexicon.LookupTitle(strings.ToLower(w)); !ok || !tt.Class.Has(lexicon.TitleHonorific) {
			continue
		}
		bare = !strings.HasSuffix(w, ".") && (t.End >= len(d.text) || d.text[t.End] != '.')
	}
	return bare
}

// honorName writes the family honorific h ("mr") in a name, without its
// full stop when the text writes it bare ("Mr Hadley", not "Mr. Hadley").
func honorName(h string, bare bool) string {
	t := honorificNames[h]
	if bare {
		return strings.TrimSuffix(t, ".")
	}
	return t
}
