// Package span defines the byte-offset span shared by every stage of the
// pipeline: segmentation, quote detection and speaker attribution.
//
// A Span is a half-open interval [Start, End) of UTF-8 byte offsets into the
// caller's unmodified text. The public packages re-export it as quote.Span
// and quoteattr.Span.
package span

import "unicode/utf8"

// Span is a half-open interval [Start, End) of UTF-8 byte offsets into a
// text. The zero Span is empty and starts at offset 0.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Text returns the part of text the span covers. It returns "" when the span
// does not fit inside text, so a span from another text never panics.
func (s Span) Text(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// ContainsOffset reports whether the byte offset i lies inside s.
func (s Span) ContainsOffset(i int) bool { return s.Start <= i && i < s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// OnRuneBoundary reports whether byte offset i of text falls between two
// runes as utf8.DecodeRuneInString walks the text: an invalid byte is a
// rune of its own, so no offset inside a valid multi-byte sequence is a
// boundary and every other offset in [0, len(text)] is.
func OnRuneBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return i == 0 || i == len(text)
	}
	for j := i - 1; j >= 0 && j >= i-(utf8.UTFMax-1); j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return j+size <= i
		}
	}
	return true
}

// Valid reports whether s lies inside text, Start <= End, with both ends
// on rune boundaries.
func (s Span) Valid(text string) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) &&
		OnRuneBoundary(text, s.Start) && OnRuneBoundary(text, s.End)
}
