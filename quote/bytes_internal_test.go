package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// TestHasDoubleMarkBytes checks the byte scan of hasDoubleMark against
// the rune-by-rune reading it replaced, on every string of up to four
// bytes drawn from the bytes of the marks, other lead and continuation
// bytes and a letter, after prefixes of several lengths: invalid and cut
// sequences included.
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
		// Prefixes of 5 to 12 bytes put the bytes across the first
		// boundaries of eight-byte words.
		for _, prefix := range []string{"", "plain", "in plain", "in plainer", "in the plainer"} {
			if s := prefix + string(b); hasDoubleMark(s) != byRunes(s) {
				t.Errorf("hasDoubleMark(%q) = %v, reading runes says %v", s, hasDoubleMark(s), byRunes(s))
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
	// lookup asks the lexicon alone, without the prefilter isTermCue
	// tries first, so that a filter wrongly ruling out a cue fails.
	lookup := func(w1, w2 string) bool {
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

// TestWordSplitting checks firstRaw and lastWord, which skip eight bytes
// at a time, against the byte-by-byte loops they replaced, on every
// string of up to five bytes drawn from white space, the bytes of the
// no-break space, other control and non-ASCII bytes and a letter, put
// inside runs of letters of several lengths.
func TestWordSplitting(t *testing.T) {
	firstRef := func(s string) (string, string) {
		start := 0
		for n := spaceAt(s, start); n > 0; n = spaceAt(s, start) {
			start += n
		}
		end := start
		for end < len(s) && (!maySpace[s[end]] || spaceAt(s, end) == 0) {
			end++
		}
		return s[start:end], s[end:]
	}
	lastRef := func(s string) (string, string) {
		end := len(s)
		for n := spaceBefore(s, end); n > 0; n = spaceBefore(s, end) {
			end -= n
		}
		start := end
		for start > 0 && (!maySpace[s[start-1]] || spaceBefore(s, start) == 0) {
			start--
		}
		return trimPunct(s[start:end]), s[:start]
	}
	alphabet := []byte{' ', '\t', 0xC2, 0xA0, 'a', '!', 0x1F, 0xE2, 0x7F}
	pads := []string{"", "abc", "abcdefg", "abcdefghijk"}
	var walk func(b []byte)
	walk = func(b []byte) {
		for _, before := range pads {
			for _, after := range pads {
				s := before + string(b) + after
				w, rest := firstRaw(s)
				if rw, rrest := firstRef(s); w != rw || rest != rrest {
					t.Errorf("firstRaw(%q) = %q, %q; want %q, %q", s, w, rest, rw, rrest)
				}
				w, rest = lastWord(s)
				if rw, rrest := lastRef(s); w != rw || rest != rrest {
					t.Errorf("lastWord(%q) = %q, %q; want %q, %q", s, w, rest, rw, rrest)
				}
			}
		}
		if len(b) == 5 {
			return
		}
		for _, c := range alphabet {
			walk(append(b, c))
		}
	}
	walk(nil)
}

// TestSkipClosers checks skipClosers, which tests ASCII bytes in a table,
// against the rune-by-rune loop it replaced, on every string of up to four
// runes drawn from terminators, closing marks and brackets, ASCII and not,
// and other runes, with limits before and at the end.
func TestSkipClosers(t *testing.T) {
	ref := func(text string, i, limit int) int {
		for n := 0; i < limit && n < maxClosers; n++ {
			r, size := utf8.DecodeRuneInString(text[i:limit])
			if !isTerminator(r) && !isClosingRune(r) {
				break
			}
			i += size
		}
		return i
	}
	alphabet := []string{".", "!", "\"", "'", ")", "]", "a", " ", "”", "’", "»", "…", "“", "\xe2", "("}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		for limit := 0; limit <= len(s); limit++ {
			for i := 0; i <= limit; i++ {
				if got, want := skipClosers(s, i, limit), ref(s, i, limit); got != want {
					t.Errorf("skipClosers(%q, %d, %d) = %d, want %d", s, i, limit, got, want)
				}
			}
		}
		if n == 4 {
			return
		}
		for _, r := range alphabet {
			walk(s+r, n+1)
		}
	}
	walk("", 0)
	long := strings.Repeat(".", 3*maxClosers)
	if got, want := skipClosers(long, 0, len(long)), ref(long, 0, len(long)); got != want {
		t.Errorf("skipClosers over %d periods = %d, want %d", len(long), got, want)
	}
}
