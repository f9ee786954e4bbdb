package quote

import (
	"math/bits"
	"slices"
	"unicode/utf8"
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
	famUnread             // '' when DoubledApostrophe is off: paired, never reported
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
	mark      rune // the opening rune ('`' for ``, '\'' for '')
	weak      bool // opened by a mark in doubtful context: dropped if left open
	slot      int  // its index in scanner.out, reserved when it opened
	parted    bool // its finished parts are scanner.parts
	partStart int  // start of the current part
	closeAt   int  // for a dash-dialogue line, where its speech ends
}

// An opening holds no pointer, so that pushing and popping it writes no
// pointer while the garbage collector runs (a write barrier per copy).
// Only the outermost quotation of a paragraph continues into the next one,
// so at most one opening at a time has finished parts: the carried one, or
// the one it became when its paragraph resumed it. They are kept in
// scanner.parts.

// scanner pairs marks paragraph by paragraph. It keeps the quotations in
// scanner.out sorted by start, an enclosing quotation before those inside
// it: an opening mark reserves the next slot of out, which the quotation
// fills when it closes. Dropping an opening as a stray gives its slot
// back when it is the last one, and otherwise leaves a hole, removed at
// the end of the paragraph. A hole stands before at least one quotation
// found inside the dropped opening, and openings nest at most maxDepth
// deep, so holes never outnumber maxDepth times the quotations.
type scanner struct {
	text     string
	conv     Convention
	para     Span // the paragraph being scanned, which the marks' handlers read
	stack    []opening
	carry    opening // a quotation continuing into the next paragraph
	hasCarry bool
	out      []Quote
	parts    []Span             // the finished parts of the one opening with parted set
	pairs    [famUnread + 1]int // closed top-level quotations, by family
	holes    int                // slots left by dropped openings in this paragraph
	hole0    int                // the first of them
}

// hole marks the slot of a dropped opening in scanner.out.
const hole = -2

// scanParagraph pairs the marks of paragraph p; next is the following
// paragraph (empty when there is none), which may continue a quotation
// left open.
func (s *scanner) scanParagraph(p, next Span) {
	defer s.compact()
	s.para = p
	s.stack = s.stack[:0]
	pos := s.resume(p)
	if pos == p.Start && s.conv.Has(DashDialogue) {
		pos = s.startDash(p)
	}
	if len(s.stack) > 0 && s.stack[0].fam == famDash {
		end := s.stack[0].closeAt
		s.scanRange(pos, end)
		s.closeDash(end)
		pos = end
	}
	s.scanRange(pos, p.End)
	s.endParagraph(p, next)
}

// scanRange handles the marks in text[pos:end] of the paragraph being
// scanned. Runs of bytes that cannot start a mark are skipped eight at a
// time, and the marks are dispatched from their bytes without decoding
// them. An apostrophe between two ASCII letters (don't, it’s), the most
// common mark and never a quotation mark, is passed over at once, and so
// is a lone ASCII apostrophe whose neighbours show it does nothing
// (idleApostrophe).
func (s *scanner) scanRange(pos, end int) {
	text := s.text[:end]
	for pos < end {
		pos = skipPlain(text, pos)
		if pos >= end {
			return
		}
		switch text[pos] {
		case 0xE2: // U+2000–U+2FFF: “ ” ‘ ’ „ ‚ ‹ ›
			pos = s.punctuationMark(pos, end)
		case '\'':
			if s.idleApostrophe(pos) {
				pos++
				continue
			}
			pos = s.asciiMark(pos)
		case '"', '`':
			pos = s.asciiMark(pos)
		case 0xE3: // U+3000–U+3FFF: 「 」 『 』
			pos = s.cjkMark(pos)
		case 0xC2: // U+0080–U+00BF: « »
			pos = s.latinMark(pos)
		default:
			pos++
		}
	}
}

// idleApostrophe reports whether the lone ASCII apostrophe at pos of its
// paragraph, between two ASCII bytes, is one that single would pass over,
// decided from those two bytes alone: an apostrophe between letters or
// digits, a mark placed like neither an opening nor a closing mark (or
// like both), or one placed like an opening mark where no single quotation
// may open (the stack is full, or straight single marks are not read). A
// run of stray apostrophes costs no more than this test each.
func (s *scanner) idleApostrophe(pos int) bool {
	if pos <= s.para.Start || pos+1 >= s.para.End {
		return false
	}
	prev, next := s.text[pos-1], s.text[pos+1]
	if prev >= utf8.RuneSelf || next >= utf8.RuneSelf || next == '\'' {
		return false
	}
	fp, fn := asciiPlace[prev], asciiPlace[next]
	// left and right as context computes them.
	left := fp&(fn>>1)&1 != 0
	right := (fp>>1)&(fn>>2)&1 != 0
	if left == right || asciiWord[prev] && asciiWord[next] {
		return true
	}
	return left && (len(s.stack) >= maxDepth || !s.conv.Has(StraightSingle))
}

// skipPlain returns the offset of the first byte at or after pos that may
// start a mark: a byte above 0x7F, or one of " ' `; it may stop early at
// one of # $ % &, which lie between " and ' and which the caller passes
// over. It reads sixteen bytes at a time, then eight.
func skipPlain(text string, pos int) int {
	for pos+16 <= len(text) {
		w := text[pos : pos+16] // one bounds check; the loads below make two
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		y := uint64(w[8]) | uint64(w[9])<<8 | uint64(w[10])<<16 | uint64(w[11])<<24 |
			uint64(w[12])<<32 | uint64(w[13])<<40 | uint64(w[14])<<48 | uint64(w[15])<<56
		if m := markBytes(x); m != 0 {
			return pos + bits.TrailingZeros64(m)/8
		}
		if m := markBytes(y); m != 0 {
			return pos + 8 + bits.TrailingZeros64(m)/8
		}
		pos += 16
	}
	for pos+8 <= len(text) {
		w := text[pos : pos+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if m := markBytes(x); m != 0 {
			return pos + bits.TrailingZeros64(m)/8
		}
		pos += 8
	}
	return pos
}

// markBytes sets the high bit of the lowest byte of x that may start a
// mark (above 0x7F, or one of " # $ % & ' `), and of none when no byte
// does; the bits above it may be set too.
func markBytes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Bytes from " to ': the low seven bits reach 0x22 and not 0x28.
	// Adding to them never carries into the next byte.
	low := x &^ highs
	quotes := (low + ones*(0x80-'"')) &^ (low + ones*(0x80-'\''-1))
	y := x ^ ones*'`'
	backticks := (y - ones) &^ y // exact at the lowest backtick
	return (x | quotes | backticks) & highs
}

// hasByte sets the high bit of the lowest byte of x that equals c, and
// of none when no byte does; the bits above it may be set too.
func hasByte(x uint64, c byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x ^ (ones * uint64(c))
	return (y - ones) &^ y & highs
}

// isASCIILetter reports the ASCII letters.
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

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
		// Not reopened after all (endParagraph saw another next paragraph):
		// the quotation ends, unclosed, with its last part.
		parts := s.partsOf(&o)
		last := parts[len(parts)-1]
		s.parts, o.partStart = parts[:len(parts)-1], last.Start
		s.emit(&o, last.End, last.End, Span{Start: last.End, End: last.End}, true)
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
	s.dropAbove(0)
	b := s.stack[0]
	s.stack = s.stack[:0]
	if b.fam == famUnread {
		s.endUnread(b, next)
		return
	}
	if b.weak || (b.fam == famSingle && !s.singlesPrimary()) {
		s.drop(b)
		return
	}
	if end, ok := speechEnd(s.text, s.innerEnd(b), p.End); ok {
		s.emit(&b, end, end, Span{Start: end, End: end}, true)
		return
	}
	if _, _, ok := s.reopening(next, b); ok {
		s.parts = append(s.partsOf(&b), Span{Start: b.partStart, End: p.End})
		b.parted = true
		s.carry, s.hasCarry = b, true
		return
	}
	s.emit(&b, p.End, p.End, Span{Start: p.End, End: p.End}, true)
}

// endUnread deals with a quotation opened by two apostrophes, which are
// not read as marks, left open at the end of its paragraph: it continues
// into next when next reopens it, and is otherwise dropped as a stray.
func (s *scanner) endUnread(b opening, next Span) {
	if _, _, ok := s.reopening(next, b); ok {
		s.carry, s.hasCarry = b, true
		return
	}
	s.drop(b)
}

// singlesPrimary reports whether the text read so far quotes with single
// marks at top level (the British convention) rather than double ones.
func (s *scanner) singlesPrimary() bool {
	return s.pairs[famSingle] > s.pairs[famDouble]+s.pairs[famUnread]
}

// push opens a quotation, unless too many are open already, and reserves
// its slot in out.
func (s *scanner) push(o opening) {
	if len(s.stack) >= maxDepth {
		return
	}
	o.slot = len(s.out)
	o.partStart = o.open.Start
	if len(s.out) == cap(s.out) {
		s.grow(o.open.Start)
	}
	s.out = s.out[:len(s.out)+1]
	clearQuote(&s.out[o.slot])
	s.stack = append(s.stack, o)
}

// clearQuote sets *q to the zero Quote field by field: assigning Quote{},
// which holds a pointer, costs a write barrier over all of it while the
// garbage collector runs.
func clearQuote(q *Quote) {
	q.Span, q.Content, q.Open, q.Close = Span{}, Span{}, Span{}, Span{}
	q.Depth, q.Parent, q.Kind, q.Unclosed, q.Style = 0, 0, 0, false, 0
	if q.Parts != nil {
		q.Parts = nil
	}
}

// grow makes room in out, full, for the quotations of the text after
// offset pos: twice as many as it holds (not the 1.25 of append), or as
// many as the text read so far promises for the whole text, up to eight
// times as many, so that a long text is neither copied nor cleared at
// every doubling. The room stays proportional to the quotations found.
func (s *scanner) grow(pos int) {
	n := len(s.out)
	want := 2 * max(8, n)
	if n >= 64 && pos > 0 {
		perQuote := max(1, pos/n) // bytes per quotation so far
		whole := len(s.text) / perQuote
		want = max(want, min(whole+whole/8, 8*n))
	}
	s.out = slices.Grow(s.out, want-n)
}

// drop gives up the opening o, which had a stray mark, and its slot.
func (s *scanner) drop(o opening) {
	if o.slot == len(s.out)-1 {
		s.out = s.out[:o.slot]
		return
	}
	s.out[o.slot].Parent = hole
	if s.holes == 0 || o.slot < s.hole0 {
		s.hole0 = o.slot
	}
	s.holes++
}

// compact removes the holes from out, moving the slot of a carried
// quotation with its quotation.
func (s *scanner) compact() {
	if s.holes == 0 {
		return
	}
	n := s.hole0
	for i := s.hole0; i < len(s.out); i++ {
		if s.out[i].Parent == hole {
			continue
		}
		if s.hasCarry && s.carry.slot == i {
			s.carry.slot = n
		}
		s.out[n] = s.out[i]
		n++
	}
	s.out = s.out[:n]
	s.holes = 0
}

// dropAbove drops the openings above stack index i, innermost first.
func (s *scanner) dropAbove(i int) {
	for k := len(s.stack) - 1; k > i; k-- {
		s.drop(s.stack[k])
	}
	s.stack = s.stack[:i+1]
}

// find returns the stack index of the innermost open quotation of family
// fam, or -1.
func (s *scanner) find(fam family) int {
	stack := s.stack // a local copy, which the loop need not reload
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].fam == fam {
			return i
		}
	}
	return -1
}

// close pairs the closing mark at [start, end) with the open quotation at
// stack index i. Quotations opened after it and still open had stray marks
// and are dropped, so one stray mark cannot shift the later pairs.
func (s *scanner) close(i, start, end int) {
	s.dropAbove(i)
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
	s.dropAbove(i)
	o := s.stack[i]
	s.stack = s.stack[:i]
	end := trimSpaceLeft(s.text, o.open.End, at)
	if e, ok := speechEnd(s.text, min(s.innerEnd(o), end), end); ok {
		end = e
	}
	s.emit(&o, end, end, Span{Start: end, End: end}, true)
}

// innerEnd returns where the words of the open quotation o may be cut
// before their attribution: after its opening mark, the start of its
// current part and every quotation found inside it.
func (s *scanner) innerEnd(o opening) int {
	end := max(o.open.End, o.partStart)
	for _, q := range s.out[o.slot+1:] {
		if q.Parent != hole {
			end = max(end, q.Span.End)
		}
	}
	return end
}

// emit records the quotation opened by o whose words end at contentEnd and
// whose span ends at end, in the slot o reserved.
func (s *scanner) emit(o *opening, contentEnd, end int, closeMark Span, unclosed bool) {
	if o.fam == famUnread {
		s.unread(o)
		return
	}
	// The fields are set one by one: copying a whole Quote, which holds a
	// pointer, costs a write barrier over all of it while the collector
	// runs, and Parts is set only when there are parts.
	q := &s.out[o.slot]
	q.Span = Span{Start: o.open.Start, End: end}
	q.Content = Span{Start: o.open.End, End: max(contentEnd, o.open.End)}
	q.Open, q.Close = o.open, closeMark
	q.Depth, q.Parent, q.Kind = 0, -1, KindUnknown
	q.Unclosed, q.Style = unclosed, o.style
	switch parts := s.partsOf(o); {
	case len(parts) > 0:
		q.Parts = append(parts, Span{Start: o.partStart, End: end})
		s.parts = nil // q.Parts shares its array
	case q.Parts != nil:
		q.Parts = nil
	}
}

// partsOf returns the finished parts of the quotation opened by o.
func (s *scanner) partsOf(o *opening) []Span {
	if o.parted {
		return s.parts
	}
	return nil
}

// unread gives up the quotation opened by o, whose marks are not read,
// with every quotation inside it: they fill the slots after its own.
func (s *scanner) unread(o *opening) {
	s.out = s.out[:o.slot]
	if s.holes > 0 && s.hole0 >= o.slot {
		s.holes = 0
	}
}

// trimSpaceLeft returns end moved back over white space, not before start.
func trimSpaceLeft(text string, start, end int) int {
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return end
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }
