package quote

import (
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/segment"
)

// Detector finds quotations. It is immutable once built and safe for
// concurrent use by many goroutines.
type Detector struct {
	conv Convention
}

// NewDetector returns a Detector for the given options.
func NewDetector(opts Options) *Detector {
	conv := opts.Conventions
	if conv == 0 {
		conv = DefaultConventions
	}
	return &Detector{conv: conv}
}

var defaultDetector = NewDetector(Options{})

// Find returns the quotations of text with the default conventions, sorted
// by start offset (an enclosing quotation before the quotations inside
// it). It never fails: text that is empty, not UTF-8 or without any
// quotation gives an empty result.
func Find(text string) []Quote { return defaultDetector.Find(text) }

// Find returns the quotations of text, sorted by start offset (an
// enclosing quotation before the quotations inside it).
//
// The text is read once, paragraph by paragraph: the marks of a paragraph
// are paired, then its quotations are nested and classified while the
// paragraph is still in the processor's caches.
func (d *Detector) Find(text string) []Quote {
	return d.FindInParagraphs(text, segment.Paragraphs(text))
}

// FindInParagraphs is Find for a caller that has already split text into
// paragraphs: sorted, non-overlapping spans of text, such as
// segment.Paragraphs returns. Spans out of order, overlapping or outside
// text are skipped. A quotation never runs past its paragraph except as a
// multi-paragraph quotation, whose next paragraph reopens it with a mark of
// the same kind.
func (d *Detector) FindInParagraphs(text string, paragraphs []Span) []Quote {
	return d.find(text, paragraphs, nil)
}

// find is FindInParagraphs, telling trace (when not nil) the rule that
// decided the kind of each quotation.
func (d *Detector) find(text string, paragraphs []Span, trace func(*Quote, rule)) []Quote {
	s := scanner{text: text, conv: d.conv}
	k := classifier{text: text, walk: paragraphWalker{text: text, paras: paragraphs}, trace: trace, listEnd: -1}
	var cur, last Span
	have := false
	done := 0 // quotations before done have their nesting and kind
	for _, p := range paragraphs {
		if !validParagraph(text, p, last) {
			continue
		}
		p = onRuneBoundaries(text, p)
		if have {
			s.scanParagraph(cur, p)
			if !s.hasCarry {
				done = k.finish(s.out, done)
			}
		}
		cur, last, have = p, p, true
	}
	if have {
		s.scanParagraph(cur, Span{})
	}
	k.finish(s.out, done)
	return s.out
}

// validParagraph reports whether p is a usable paragraph after prev: inside
// text, after prev, and not empty.
func validParagraph(text string, p, prev Span) bool {
	return p.Start >= prev.End && p.Start < p.End && p.End <= len(text)
}

// onRuneBoundaries shrinks p, a valid paragraph, to the runes it holds
// whole.
func onRuneBoundaries(text string, p Span) Span {
	if utf8.RuneStart(text[p.Start]) && (p.End == len(text) || utf8.RuneStart(text[p.End])) {
		return p // both ends start a rune, as they do in valid UTF-8: the common case
	}
	for p.Start < p.End && !isRuneBoundary(text, p.Start) {
		p.Start++
	}
	for p.End > p.Start && !isRuneBoundary(text, p.End) {
		p.End--
	}
	return p
}

// isRuneBoundary reports whether ranging over text yields a rune at offset
// i (or i is the end): i does not fall inside a valid multi-byte sequence.
func isRuneBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) || utf8.RuneStart(text[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return j+size <= i
		}
	}
	return true
}

// setNesting fills Depth and Parent from containment for qs[from:], where
// no quotation before from encloses one after it. The quotations are
// sorted by start, an enclosing one first. open is room for the indices
// of the quotations enclosing the current one; what it holds is ignored.
func setNesting(qs []Quote, from int, open *[maxDepth + 1]int) {
	n := 0
	for i := from; i < len(qs); i++ {
		for n > 0 && !qs[open[n-1]].Span.Contains(qs[i].Span) {
			n--
		}
		qs[i].Parent = -1
		if n > 0 {
			qs[i].Parent = open[n-1]
		}
		qs[i].Depth = n
		if n < len(open) {
			open[n] = i
			n++
		}
	}
}
