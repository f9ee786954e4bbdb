package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kind rules read the runes at the edges of quoted words and of the
// narration around them for every quotation. These helpers answer for an
// ASCII edge byte from a table and leave the
// rest to the general functions they stand for: each returns what the
// function it names in its comment returns, for every string.

// edgeClass holds what the kind rules ask of an ASCII byte at an edge.
type edgeClass uint8

const (
	edgeSpace edgeClass = 1 << iota // white space: unicode.IsSpace
	edgeMark                        // _ * ' ", which trimOpeningMarks and trimClosingMarks remove
	edgeUpper                       // a capital or a digit: unicode.IsUpper or unicode.IsDigit
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
	}
	return t
}()

// plainEdge marks the ASCII bytes that are not white space, and
// plainInside the ASCII bytes that are not marks (_ * ' ").
var plainEdge, plainInside = func() (edge, inside [256]bool) {
	for c := range utf8.RuneSelf {
		edge[c] = asciiEdge[c]&edgeSpace == 0
		inside[c] = asciiEdge[c]&edgeMark == 0
	}
	return edge, inside
}()

// trimSpace is strings.TrimSpace(s). Text that starts and ends with ASCII
// bytes other than white space, as quoted words and narration mostly do,
// is returned as it is.
func trimSpace(s string) string {
	if hasPlainEdges(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// hasPlainEdges reports whether trimSpace(s) is s itself because s is
// empty or starts and ends with ASCII bytes other than white space. It is
// inlined where quoted words are trimmed, sparing the call to trimSpace
// in the common case.
func hasPlainEdges(s string) bool {
	return s == "" || plainEdge[s[0]] && plainEdge[s[len(s)-1]]
}

// trimNarration is trimSpace(s) for narration between quotations, which
// mostly starts with one space after a closing mark and ends with one
// before an opening mark: those are dropped before the test of trimSpace.
func trimNarration(s string) string {
	if s != "" && s[0] == ' ' {
		s = s[1:]
	}
	if s != "" && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	if hasPlainEdges(s) {
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
	if s != "" && plainInside[s[len(s)-1]] {
		return rune(s[len(s)-1])
	}
	return lastRune(trimClosingMarks(s))
}
