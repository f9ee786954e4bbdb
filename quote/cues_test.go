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
	words := []string{"said", "Tom,", "—", "...", "(told)", "über", "x\u00a0y", "\u00a0", "\t", "  ", "K\u212a", "", "!", "\"a\"",
		"extraordinarily", "abcdefghij\u00e9klmnopq", "(abcdefgh)", "\x01abcdefghijk\x02"}
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

// TestWordCountEightBytes checks wordCountUpTo, which counts eight bytes at a
// time, against the byte-by-byte count it starts with, on every string of
// up to eleven bytes drawn from the white space bytes, their neighbours,
// letters and bytes outside ASCII, for several limits.
func TestWordCountEightBytes(t *testing.T) {
	byBytes := func(s string, limit int) int {
		n, in := 0, 0
		for i := 0; i < len(s) && n <= limit; i++ {
			word := int(notSpaceByte[s[i]])
			n += word &^ in
			in = word
		}
		return n
	}
	alphabet := []byte{' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x08, 0x0E, 0x1F, '!', 'a', 0x85, 0xA0, 0x89, 0xA0 | 0x0B}
	var walk func(b []byte)
	walk = func(b []byte) {
		s := string(b)
		for _, pad := range []string{"", "ab", "abcdefgh ", " \t"} {
			for limit := range 6 {
				if got, want := wordCountUpTo(pad+s, limit), byBytes(pad+s, limit); got != want {
					t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", pad+s, limit, got, want)
				}
			}
		}
		if len(b) == 4 {
			return
		}
		for _, c := range alphabet {
			walk(append(b, c))
		}
	}
	walk(nil)
	long := []byte("  a b\tc\n\nd e  f g h i j k l m n o p q r s t u v w x y z ")
	for i := range long {
		for limit := range 30 {
			if got, want := wordCountUpTo(string(long[i:]), limit), byBytes(string(long[i:]), limit); got != want {
				t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", long[i:], limit, got, want)
			}
		}
	}
}
