package quote

import (
	"strings"
	"testing"
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
