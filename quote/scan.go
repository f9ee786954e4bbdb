package quote

import (
	"slices"
)

// family groups the marks that may pair with each other: a closing mark
// closes the innermost open quotation of its family.
type family uint8

const (
	famNone        family = iota
	famDouble             // “ ” " „ `` ''
	famSingle             // ‘ ’ ' ‚ `
	famGuil               // « »
	famSGuil              // ‹ ›
	famCorner             // 「 」
	famWhiteCorner        // 『 』
	famDash               // a dash-dialogue line
)

// maxDepth bounds how many quotations may be open at once in a paragraph.
// Prose nests three or four deep; past the bound an opening mark is taken
// for a stray, which keeps the work per mark constant on hostile input.
const maxDepth = 16

// opening is a quotation whose closing mark has not been seen yet.
type opening struct {
	open      Span       // the opening mark of the first part
	style     Convention // the convention of the opening mark
	fam       family
	mark      rune   // the opening rune ('`' for ``, '\'' for '')
	weak      bool   // opened by a mark in doubtful context: dropped if left open
	first     int    // index in scanner.out of the first quotation found inside it
	parts     []Span // finished parts of a multi-paragraph quotation
	partStart int    // start of the current part
	closeAt   int    // for a dash-dialogue line, where its speech ends
}

// scanner pairs marks paragraph by paragraph. It keeps the quotations in
// scanner.out sorted by start, an enclosing quotation before those inside
// it: a quotation is inserted, when it closes, before the quotations found
// inside it, which are the last ones in out.
type scanner struct {
	text     string
	conv     Convention
	stack    []opening
	carry    opening // a quotation continuing into the next paragraph
	hasCarry bool
	out      []Quote
	bounds   []Span           // the paragraph of each quotation in out
	para     Span             // the paragraph being scanned
	pairs    [famDash + 1]int // closed top-level quotations, by family
}

// scanParagraph pairs the marks of paragraph p; next is the following
// paragraph (empty when there is none), which may continue a quotation
// left open.
func (s *scanner) scanParagraph(p, next Span) {
	s.stack = s.stack[:0]
	s.para = p
	pos := s.resume(p)
	if pos == p.Start && s.conv.Has(DashDialogue) {
		pos = s.startDash(p)
	}
	if len(s.stack) > 0 && s.stack[0].fam == famDash {
		end := s.stack[0].closeAt
		s.scanRange(pos, end, p)
		s.closeDash(end)
		pos = end
	}
	s.scanRange(pos, p.End, p)
	s.endParagraph(p, next)
}

// isMarkByte marks the bytes that may start a quotation mark: the ASCII
// marks and the lead bytes of U+0080–U+00BF (« »), U+2000–U+2FFF (“ ” ‘ ’
// „ ‚ ‹ ›) and U+3000–U+3FFF (「 」 『 』).
var isMarkByte = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true, 0xE3: true}

// scanRange handles the marks in text[pos:end] of paragraph p.
func (s *scanner) scanRange(pos, end int, p Span) {
	text := s.text[:end]
	for pos < end {
		if !isMarkByte[text[pos]] {
			pos++
			continue
		}
		pos = s.mark(pos, p)
	}
}

// resume reopens the quotation carried over from the previous paragraph,
// whose opening mark starts p, and returns the offset after that mark; it
// returns p.Start when there is nothing to resume.
func (s *scanner) resume(p Span) int {
	if !s.hasCarry {
		return p.Start
	}
	s.hasCarry = false
	o := s.carry
	s.carry = opening{}
	_, end, ok := s.reopening(p, o)
	if !ok {
		return p.Start
	}
	o.partStart = p.Start
	s.stack = append(s.stack, o)
	return end
}

// endParagraph deals with what is left open at the end of paragraph p. The
// outermost quotation continues into next when next opens with a mark of
// its family (the convention for a quotation running over paragraphs);
// otherwise it is closed at the end of p and flagged, unless it was opened
// by a doubtful mark or by a single mark in text that quotes with double
// marks, which is dropped. Quotations open inside it are dropped: their
// marks were strays or apostrophes.
func (s *scanner) endParagraph(p, next Span) {
	if len(s.stack) == 0 {
		return
	}
	b := s.stack[0]
	s.stack = s.stack[:0]
	if b.weak || (b.fam == famSingle && !s.singlesPrimary()) {
		return
	}
	if end, ok := speechEnd(s.text, max(b.open.End, b.partStart), p.End); ok {
		s.emit(&b, end, end, Span{Start: end, End: end}, true)
		return
	}
	if _, _, ok := s.reopening(next, b); ok {
		b.parts = append(b.parts, Span{Start: b.partStart, End: p.End})
		s.carry, s.hasCarry = b, true
		return
	}
	s.emit(&b, p.End, p.End, Span{Start: p.End, End: p.End}, true)
}

// singlesPrimary reports whether the text read so far quotes with single
// marks at top level (the British convention) rather than double ones.
func (s *scanner) singlesPrimary() bool {
	return s.pairs[famSingle] > s.pairs[famDouble]
}

// push opens a quotation, unless too many are open already.
func (s *scanner) push(o opening) {
	if len(s.stack) >= maxDepth {
		return
	}
	o.first = len(s.out)
	o.partStart = o.open.Start
	s.stack = append(s.stack, o)
}

// find returns the stack index of the innermost open quotation of family
// fam, or -1.
func (s *scanner) find(fam family) int {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].fam == fam {
			return i
		}
	}
	return -1
}

// close pairs the closing mark at [start, end) with the open quotation at
// stack index i. Quotations opened after it and still open had stray marks
// and are dropped, so one stray mark cannot shift the later pairs.
func (s *scanner) close(i, start, end int) {
	o := s.stack[i]
	s.stack = s.stack[:i]
	if i == 0 {
		s.pairs[o.fam]++
	}
	s.emit(&o, start, end, Span{Start: start, End: end}, false)
}

// cut closes the open quotation at stack index i, whose closing mark is
// missing, at the last word before offset at.
func (s *scanner) cut(i, at int) {
	o := s.stack[i]
	s.stack = s.stack[:i]
	end := trimSpaceLeft(s.text, o.open.End, at)
	if e, ok := speechEnd(s.text, max(o.open.End, o.partStart), end); ok {
		end = e
	}
	s.emit(&o, end, end, Span{Start: end, End: end}, true)
}

// emit records the quotation opened by o whose words end at contentEnd and
// whose span ends at end, inserting it before the quotations inside it.
func (s *scanner) emit(o *opening, contentEnd, end int, closeMark Span, unclosed bool) {
	q := Quote{
		Span:     Span{Start: o.open.Start, End: end},
		Content:  Span{Start: o.open.End, End: max(contentEnd, o.open.End)},
		Parent:   -1,
		Unclosed: unclosed,
		Open:     o.open,
		Close:    closeMark,
		Style:    o.style,
	}
	if len(o.parts) > 0 {
		q.Parts = append(o.parts, Span{Start: o.partStart, End: end})
	}
	s.out = slices.Insert(s.out, o.first, q)
	s.bounds = slices.Insert(s.bounds, o.first, s.para)
}

// trimSpaceLeft returns end moved back over white space, not before start.
func trimSpaceLeft(text string, start, end int) int {
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return end
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
