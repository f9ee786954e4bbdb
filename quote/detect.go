package quote

import (
	"sort"
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
func (d *Detector) Find(text string) []Quote {
	return d.FindInParagraphs(text, segment.Paragraphs(text))
}

// FindInParagraphs is Find for a caller that has already split text into
// paragraphs (sorted, non-overlapping spans of text). A quotation never
// runs past its paragraph except as a multi-paragraph quotation, whose
// next paragraph reopens it with the same kind of mark.
func (d *Detector) FindInParagraphs(text string, paragraphs []Span) []Quote {
	s := scanner{
		text:           text,
		conv:           d.conv,
		allowTopSingle: singlesArePrimary(text, d.conv),
	}
	for i, p := range paragraphs {
		next := Span{Start: -1}
		if i+1 < len(paragraphs) {
			next = paragraphs[i+1]
		}
		s.paragraph(p, next)
	}
	finish(s.out)
	classify(text, paragraphs, s.out)
	return s.out
}

// finish sorts quotes by start (outer before inner) and fills Depth and
// Parent from containment.
func finish(qs []Quote) {
	sort.Slice(qs, func(i, j int) bool {
		if qs[i].Span.Start != qs[j].Span.Start {
			return qs[i].Span.Start < qs[j].Span.Start
		}
		return qs[i].Span.End > qs[j].Span.End
	})
	var open []int // indices of quotes enclosing the current one
	for i := range qs {
		for len(open) > 0 && !qs[open[len(open)-1]].Span.Contains(qs[i].Span) {
			open = open[:len(open)-1]
		}
		qs[i].Parent = -1
		if len(open) > 0 {
			qs[i].Parent = open[len(open)-1]
		}
		qs[i].Depth = len(open)
		open = append(open, i)
	}
}

// singlesArePrimary reports whether the text quotes with single marks at
// top level (the British convention): it has few double marks and some
// single opening marks.
func singlesArePrimary(text string, conv Convention) bool {
	doubles, singles := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				doubles++
			case '\'':
				if i == 0 || isSpaceOrOpen(prevRune(text, i)) {
					singles++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '”', '„', '«', '»':
			doubles++
		case '‘':
			singles++
		}
		i += size
	}
	return singles > 0 && doubles*2 < singles
}
