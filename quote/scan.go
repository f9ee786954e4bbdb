package quote

import (
	"unicode"
	"unicode/utf8"
)

// family groups the marks that may pair with each other.
type family uint8

const (
	famNone        family = iota
	famDouble             // “ ” " „ `` ''
	famSingle             // ‘ ’ ' ‚ `
	famGuil               // « »
	famSGuil              // ‹ ›
	famCorner             // 「 」
	famWhiteCorner        // 『 』
)

// opening is a quotation whose closing mark has not been seen yet.
type opening struct {
	start, contentStart int // offsets of the opening mark and of the words
	fam                 family
	style               rune   // the opening mark ('`' for ``), to pick its closer
	parts               []Span // finished parts of a multi-paragraph quotation
	partStart           int    // start of the current part
}

// scanner pairs marks paragraph by paragraph.
type scanner struct {
	text           string
	conv           Convention
	allowTopSingle bool
	stack          []opening
	carry          *opening // a quotation continuing into the next paragraph
	out            []Quote
}

// paragraph scans paragraph p; next is the following paragraph (Start -1
// when there is none), which may continue a quotation left open.
func (s *scanner) paragraph(p, next Span) {
	s.stack = s.stack[:0]
	pos := p.Start
	if s.carry != nil {
		o := *s.carry
		s.carry = nil
		_, end := s.reopening(p, o.fam)
		o.partStart = p.Start
		s.stack = append(s.stack, o)
		pos = end
	}
	for pos < p.End {
		c := s.text[pos]
		if c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.text[pos:p.End])
		pos = s.mark(r, pos, pos+size, p)
	}
	s.endParagraph(p, next)
}

// reopening reports whether paragraph p starts with an opening mark of
// family fam, and where that mark ends.
func (s *scanner) reopening(p Span, fam family) (bool, int) {
	if p.Start < 0 || p.Start >= p.End {
		return false, p.Start
	}
	r, size := utf8.DecodeRuneInString(s.text[p.Start:p.End])
	end := p.Start + size
	if r == '`' && end < p.End && s.text[end] == '`' {
		return fam == famDouble, end + 1
	}
	f, ok := openerFamily(r)
	return ok && f == fam, end
}

// openerFamily gives the family of a mark that can open a quotation at the
// start of a paragraph.
func openerFamily(r rune) (family, bool) {
	switch r {
	case '“', '"', '„', '”':
		return famDouble, true
	case '‘', '\'', '‚':
		return famSingle, true
	case '«', '»':
		return famGuil, true
	case '‹', '›':
		return famSGuil, true
	case '「':
		return famCorner, true
	case '『':
		return famWhiteCorner, true
	}
	return famNone, false
}

// endParagraph closes what is left open at the end of paragraph p: the
// outermost quotation continues into next when next reopens it; a double
// or bracket-like quotation is otherwise closed at the paragraph's end and
// flagged; an unclosed single mark was an apostrophe and is dropped.
func (s *scanner) endParagraph(p, next Span) {
	if len(s.stack) == 0 {
		return
	}
	bottom := s.stack[0]
	if ok, _ := s.reopening(next, bottom.fam); ok && bottom.fam != famSingle {
		bottom.parts = append(bottom.parts, Span{Start: bottom.partStart, End: p.End})
		s.carry = &bottom
		s.stack = s.stack[:0]
		return
	}
	if bottom.fam != famSingle {
		s.emit(bottom, p.End, p.End, true)
	}
	s.stack = s.stack[:0]
}

// emit records a quotation opened by o and closed by a mark at
// [closeStart, closeEnd).
func (s *scanner) emit(o opening, closeStart, closeEnd int, unclosed bool) {
	q := Quote{
		Span:     Span{Start: o.start, End: closeEnd},
		Content:  Span{Start: o.contentStart, End: closeStart},
		Unclosed: unclosed,
	}
	if q.Content.End < q.Content.Start {
		q.Content.End = q.Content.Start
	}
	if len(o.parts) > 0 {
		q.Parts = append(append([]Span(nil), o.parts...), Span{Start: o.partStart, End: closeEnd})
	}
	s.out = append(s.out, q)
}

// push opens a quotation at [start, end).
func (s *scanner) push(fam family, style rune, start, end int) {
	s.stack = append(s.stack, opening{start: start, contentStart: end, fam: fam, style: style, partStart: start})
}

// find returns the index in the stack of the innermost open quotation of
// family fam, or -1.
func (s *scanner) find(fam family) int {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].fam == fam {
			return i
		}
	}
	return -1
}

// close pairs the closing mark at [start, end) with the open quotation at
// stack index i. Quotations opened after it and still open were stray
// marks and are dropped, so one stray mark cannot shift later pairs.
func (s *scanner) close(i, start, end int) {
	s.emit(s.stack[i], start, end, false)
	s.stack = s.stack[:i]
}

// context describes the runes on either side of a mark.
type context struct {
	prev, next rune // utf8.RuneError at the edges of the paragraph
	atStart    bool // the mark begins the paragraph
	atEnd      bool // the mark ends the paragraph
}

func (s *scanner) context(start, end int, p Span) context {
	c := context{prev: utf8.RuneError, next: utf8.RuneError, atStart: start == p.Start, atEnd: end >= p.End}
	if !c.atStart {
		c.prev, _ = utf8.DecodeLastRuneInString(s.text[p.Start:start])
	}
	if !c.atEnd {
		c.next, _ = utf8.DecodeRuneInString(s.text[end:p.End])
	}
	return c
}

// opens reports a mark placed like an opening mark: after the start, a
// space, a bracket, a dash or another opening mark, and before a word.
func (c context) opens() bool {
	return (c.atStart || isSpaceOrOpen(c.prev)) && !c.atEnd && !unicode.IsSpace(c.next)
}

// closes reports a mark placed like a closing mark: after a word or
// punctuation, and before the end, a space or punctuation.
func (c context) closes() bool {
	return !c.atStart && !unicode.IsSpace(c.prev) &&
		(c.atEnd || unicode.IsSpace(c.next) || isCloseFollower(c.next))
}

// isSpaceOrOpen reports runes after which a mark opens a quotation.
func isSpaceOrOpen(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'', '„', '‚', '«', '‹', '»', '›', '「', '『', ':', '_', '*':
		return true
	}
	return false
}

// isCloseFollower reports runes that may follow a closing mark.
func isCloseFollower(r rune) bool {
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return true
	}
	return r == '”' || r == '’'
}

// prevRune returns the rune before offset i, or utf8.RuneError at 0.
func prevRune(text string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}
