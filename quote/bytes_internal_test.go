package quote

import (
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// TestHasDoubleMarkBytes checks the byte scan of hasDoubleMark against
// the rune-by-rune reading it replaced, on every string of up to four
// bytes drawn from the bytes of the marks, other lead and continuation
// bytes and a letter: invalid and cut sequences included.
func TestHasDoubleMarkBytes(t *testing.T) {
	alphabet := []byte{'"', 0xE2, 0x80, 0x9C, 0x9E, 0xC2, 0xAB, 0xBB, 'a', 0xF0}
	byRunes := func(s string) bool {
		for _, r := range s {
			switch r {
			case '“', '"', '„', '«', '»':
				return true
			}
		}
		return false
	}
	var walk func(b []byte)
	walk = func(b []byte) {
		if s := string(b); hasDoubleMark(s) != byRunes(s) {
			t.Errorf("hasDoubleMark(%q) = %v, reading runes says %v", s, hasDoubleMark(s), byRunes(s))
		}
		if len(b) == 4 {
			return
		}
		for _, c := range alphabet {
			walk(append(b, c))
		}
	}
	walk(nil)
}

// TestIsMinorWord checks isMinorWord against a lookup of the word in
// ASCII lower case, for the minor words in three cases, words that only
// look like them, and words outside ASCII.
func TestIsMinorWord(t *testing.T) {
	want := map[string]bool{}
	for _, w := range minorWords.words {
		want[w] = true
	}
	var words []string
	for _, w := range minorWords.words {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w)
	}
	words = append(words, "", "ſ", "thé", "K", "TH\u212A", "a\u0301")
	for _, w := range words {
		var buf wordBuf
		k, ok := buf.lower(w)
		if got, ref := isMinorWord(w), ok && want[string(k)]; got != ref {
			t.Errorf("isMinorWord(%q) = %v, the lookup says %v", w, got, ref)
		}
	}
}

// TestIsTermCue checks isTermCue against a lookup of the word, or of the
// two words joined by a space, in ASCII lower case in the lexicon, for
// every pair drawn from the words of the cues in three cases, words that
// only look like them, and words too long for any lexicon.
func TestIsTermCue(t *testing.T) {
	words := []string{"", "called", "school", "x", "Thé", "ÉTITLED", "wordy", strings.Repeat("a", maxWord+1)}
	for cue := range lexicon.TermCues() {
		for _, w := range strings.Fields(cue) {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s")
		}
	}
	lookup := func(w1, w2 string) bool {
		if !termFilter().mayHold(w2) {
			return false
		}
		var buf wordBuf
		if w1 == "" {
			k, ok := buf.lower(w2)
			return ok && lexicon.TermCues().Has(string(k))
		}
		if len(w1) > maxWord || len(w2) > maxWord {
			return false
		}
		k := append(lowerASCII(buf[:0], w1), ' ')
		return lexicon.TermCues().Has(string(lowerASCII(k, w2)))
	}
	for _, w1 := range words {
		for _, w2 := range words {
			if got, want := isTermCue(w1, w2), lookup(w1, w2); got != want {
				t.Errorf("isTermCue(%q, %q) = %v, the lexicon says %v", w1, w2, got, want)
			}
		}
	}
}
