package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kind rules read the runes at the edges of quoted words and of the
// narration around them for every quotation. These helpers answer for an
// ASCII edge byte from a table, inlined in their callers, and leave the
// rest to the general functions they stand for: each returns what the
// function it names in its comment returns, for every string.

// edgeClass holds what the kind rules ask of an ASCII byte at an edge.
type edgeClass uint8

const (
	edgeSpace  edgeClass = 1 << iota // white space: unicode.IsSpace
	edgeMark                         // _ * ' ", which trimOpeningMarks and trimClosingMarks remove
	edgeUpper                        // a capital or a digit: unicode.IsUpper or unicode.IsDigit
	edgeLetter                       // unicode.IsLetter
	edgePunct                        // unicode.IsPunct
)

// asciiEdge is the edgeClass of each ASCII byte, built from the functions
// the helpers stand for.
var asciiEdge = func() (t [utf8.RuneSelf]edgeClass) {
	for c := range rune(utf8.RuneSelf) {
		if unicode.IsSpace(c) {
			t[c] |= edgeSpace
		}
		if trimOpeningMarks(string(c)) == "" {
			t[c] |= edgeMark
		}
		if unicode.IsUpper(c) || unicode.IsDigit(c) {
			t[c] |= edgeUpper
		}
		if unicode.IsLetter(c) {
			t[c] |= edgeLetter
		}
		if unicode.IsPunct(c) {
			t[c] |= edgePunct
		}
	}
	return t
}()

// isPlainEdge reports an ASCII byte that is not white space.
func isPlainEdge(c byte) bool { return c < utf8.RuneSelf && asciiEdge[c]&edgeSpace == 0 }

// trimSpace is strings.TrimSpace(s). Text that starts and ends with ASCII
// bytes other than white space, as quoted words and narration mostly do,
// is returned without a call.
func trimSpace(s string) string {
	if s != "" && isPlainEdge(s[0]) && isPlainEdge(s[len(s)-1]) {
		return s
	}
	return strings.TrimSpace(s)
}

// lastRune is the rune utf8.DecodeLastRuneInString(s) returns.
func lastRune(s string) rune {
	if s != "" && s[len(s)-1] < utf8.RuneSelf {
		return rune(s[len(s)-1])
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstRune is the rune utf8.DecodeRuneInString(s) returns.
func firstRune(s string) rune {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastRuneInside is lastRune(trimClosingMarks(s)): the last rune of quoted
// words before any emphasis or quotation marks they end with.
func lastRuneInside(s string) rune {
	if s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf && asciiEdge[c]&edgeMark == 0 {
			return rune(c)
		}
	}
	return lastRune(trimClosingMarks(s))
}

// isUpperOrDigit is unicode.IsUpper(r) || unicode.IsDigit(r).
func isUpperOrDigit(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiEdge[r]&edgeUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isLetter is unicode.IsLetter(r).
func isLetter(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiEdge[r]&edgeLetter != 0
	}
	return unicode.IsLetter(r)
}

// isPunctOrSpace is unicode.IsPunct(r) || unicode.IsSpace(r).
func isPunctOrSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiEdge[r]&(edgePunct|edgeSpace) != 0
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r)
}
