package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// edgeStrings calls f with every string of up to three pieces drawn from
// ASCII bytes of each class (space, marks, capitals, digits, letters,
// punctuation, symbols, control bytes), runes outside ASCII of the same
// classes, and bytes that are not UTF-8 on their own.
func edgeStrings(f func(s string)) {
	pieces := []string{"", " ", "\t", "\n", "_", "*", "'", `"`, "A", "z", "7", ".", ",", "!", "?", "(", "[",
		"$", "~", "\x00", "\x7f", "‘", "“", "’", "”", "…", "—", "\u00a0", "\u2003", "É", "é", "ǅ", "٣",
		"\xc2", "\xa0", "\xe2\x80", "\xff"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				f(a + b + c)
			}
		}
	}
}

// TestEdgeHelpers checks the helpers that answer for ASCII edge bytes from
// a table against the functions they stand for.
func TestEdgeHelpers(t *testing.T) {
	edgeStrings(func(s string) {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimNarration(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimNarration(%q) = %q, want %q", s, got, want)
		}
		if got, want := lastRune(s), decodeLast(s); got != want {
			t.Errorf("lastRune(%q) = %q, want %q", s, got, want)
		}
		if got, want := firstRune(s), decodeFirst(s); got != want {
			t.Errorf("firstRune(%q) = %q, want %q", s, got, want)
		}
		if got, want := lastRuneInside(s), decodeLast(trimClosingMarks(s)); got != want {
			t.Errorf("lastRuneInside(%q) = %q, want %q", s, got, want)
		}
		if got, want := startsSentence(s), startsSentenceRef(s); got != want {
			t.Errorf("startsSentence(%q) = %v, want %v", s, got, want)
		}
		if got, want := isTitleCase(s), isTitleCaseWords(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
		if got, want := isLetterName(s), isLetterNameRef(s); got != want {
			t.Errorf("isLetterName(%q) = %v, want %v", s, got, want)
		}
	})
}

func decodeLast(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func decodeFirst(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// startsSentenceRef is startsSentence as it read before its ASCII table.
func startsSentenceRef(s string) bool {
	s = trimOpeningMarks(s)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '…' || r == '[' || r == '(' || r == '.'
}

// isLetterNameRef is isLetterName as it read before its ASCII table.
func isLetterNameRef(content string) bool {
	if len(content) >= 2 && isASCIILetter(content[0]) && isASCIILetter(content[1]) {
		return false
	}
	letter, n := rune(0), 0
	for _, r := range content {
		switch {
		case unicode.IsLetter(r):
			if n++; n > 1 {
				return false
			}
			letter = r
		case unicode.IsPunct(r) || unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n == 1 && letter != 'I' && letter != 'A' && letter != 'O'
}

// TestIsTitleCase checks isTitleCase, which splits ASCII text itself,
// against isTitleCaseWords, which splits it with firstWord, on phrases of
// words in each case, minor words, digits, punctuation alone and around
// words, white space of each kind and runes outside ASCII.
func TestIsTitleCase(t *testing.T) {
	words := []string{"Old", "dan's", "Lament.", "the", "of", "A", "x", "1914", "—", "...", "(Sic)", "'Tis",
		"über", "Élan", "and", "\u00a0", "\t", "  ", "\n", "K\u212a", "OF", "Vs", "", "!", "\"Yes,\""}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		if got, want := isTitleCase(s), isTitleCaseWords(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
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
	long := strings.Repeat("Big ", 10)
	for _, s := range []string{long, long + "End", long + "...", long + "... ", long + "... End", strings.Repeat("Big ... ", 6)} {
		if got, want := isTitleCase(s), isTitleCaseWords(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOnRuneBoundaries checks onRuneBoundaries, which returns a span whose
// ends both start a rune at once, against the loops it skips, on every
// valid span of texts with runes of each length and broken sequences.
func TestOnRuneBoundaries(t *testing.T) {
	loops := func(text string, p Span) Span {
		for p.Start < p.End && !isRuneBoundary(text, p.Start) {
			p.Start++
		}
		for p.End > p.Start && !isRuneBoundary(text, p.End) {
			p.End--
		}
		return p
	}
	for _, text := range []string{"a“b”c", "é€𝄞x", "\x80\x80ab\xe2\x80", "\xf0\x9d\x84", "x\xc2\xa0y"} {
		for start := 0; start < len(text); start++ {
			for end := start + 1; end <= len(text); end++ {
				p := Span{Start: start, End: end}
				if got, want := onRuneBoundaries(text, p), loops(text, p); got != want {
					t.Errorf("onRuneBoundaries(%q, %v) = %v, want %v", text, p, got, want)
				}
			}
		}
	}
}
