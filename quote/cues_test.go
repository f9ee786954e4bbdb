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

// TestCueWordsUpTo checks cueWordsUpTo, which splits ASCII text itself,
// against cueWordsFrom from the start, which splits it with firstWord, on
// every phrase of up to three words drawn from speech verbs, pronouns
// before nouns of speech, "according", punctuation alone and around
// words, white space of each kind and runes outside ASCII, with several
// limits.
func TestCueWordsUpTo(t *testing.T) {
	words := []string{"said", "Asked,", "she", "claims", "according", "ACCORDING", "to", "—", "...", "(told)",
		"über", "said\u00a0he", "\u00a0", "\t", "  ", "K\u212a", "", "!", "\"says\"", "notes", "we"}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		for limit := range 3 {
			if got, want := cueWordsUpTo(s, limit), cueWordsFrom(s, "", 0, limit); got != want {
				t.Errorf("cueWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
		if depth == 3 {
			return
		}
		for _, w := range words {
			walk(s+" "+w, depth+1)
			walk(s+w, depth+1)
		}
	}
	walk("", 0)
}

// TestAsciiWordBefore checks that asciiWordBefore and asciiWordAt, where
// they answer, split the last and the first word off as lastWord and
// firstWord do, on every phrase of up to
// three words drawn from words, punctuation, white space of each kind and
// runes outside ASCII.
func TestAsciiWordBefore(t *testing.T) {
	words := []string{"said", "Tom,", "—", "...", "(told)", "über", "x\u00a0y", "\u00a0", "\t", "  ", "K\u212a", "", "!", "\"a\""}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		if a, b, start, ok := asciiWordBefore(s); ok {
			if w, rest := lastWord(s); s[a:b] != w || s[:start] != rest {
				t.Errorf("asciiWordBefore(%q) = %q, %q; lastWord says %q, %q", s, s[a:b], s[:start], w, rest)
			}
		}
		if a, b, end, ok := asciiWordAt(s, 0); ok {
			if w, rest := firstWord(s); s[a:b] != w || s[end:] != rest {
				t.Errorf("asciiWordAt(%q, 0) = %q, %q; firstWord says %q, %q", s, s[a:b], s[end:], w, rest)
			}
		}
		if depth == 3 {
			return
		}
		for _, w := range words {
			walk(s+" "+w, depth+1)
			walk(s+w, depth+1)
			walk(w+s, depth+1)
		}
	}
	walk("", 0)
}
