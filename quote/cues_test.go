package quote

import (
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// TestCueLookup checks cueIndex.lookup, which compares packed keys,
// against the lexicon map looked up with the word in ASCII lower case, on
// every form in several cases, on each form cut short, lengthened and
// changed in one byte, and on words that are no speech verbs.
func TestCueLookup(t *testing.T) {
	verbs := lexicon.CueVerbs()
	want := func(w string) (string, bool) {
		if len(w) < 2 || len(w) > maxWord {
			return "", false
		}
		form := string(lowerASCII(nil, w))
		lemma, ok := verbs[form]
		if !ok {
			return "", false
		}
		return lemma, lemma != "" && !nounLike[form]
	}
	words := []string{"", "a", "she", "He", "the", "according", "Tuesday", "postman", "supper",
		"jetty", "K\u212aelvin", "said\u00a0", "saíd", strings.Repeat("x", 30)}
	for form := range verbs {
		words = append(words, form, strings.ToUpper(form), strings.ToUpper(form[:1])+form[1:],
			form[:len(form)-1], form+"s", form+"x", "x"+form, form[:len(form)/2]+"Q"+form[len(form)/2+1:])
	}
	ci := cues()
	for _, w := range words {
		lemma, cue := ci.lookup(w)
		if wl, wc := want(w); lemma != wl || cue != wc {
			t.Errorf("lookup(%q) = %q, %v; want %q, %v", w, lemma, cue, wl, wc)
		}
	}
}
