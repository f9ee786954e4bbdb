package quote

import "unicode/utf8"

// asciiMark handles the ASCII mark (" ' or `) at offset pos of paragraph
// p and returns the offset where scanning resumes.
func (s *scanner) asciiMark(pos int) int {
	switch s.text[pos] {
	case '"':
		s.straightDouble(StraightDouble, '"', pos, pos+1, s.context(pos, pos+1))
		return pos + 1
	case '\'':
		return s.apostrophes(pos)
	}
	return s.backtick(pos)
}

// punctuationMark handles the rune at offset pos whose first byte is 0xE2
// and returns the offset where scanning resumes; end is where the range
// being scanned ends. The marks of General Punctuation (“ ” ‘ ’ „ ‚ ‹ ›)
// are all E2 80 xx and are told apart by their last byte, without decoding
// them. A ’ between two ASCII letters (don’t, it’s), the most common of
// them, is passed over at once.
func (s *scanner) punctuationMark(pos, end int) int {
	if pos+2 >= s.para.End || s.text[pos+1] != 0x80 {
		return pos + 1
	}
	start, stop := pos, pos+3
	switch s.text[pos+2] {
	case 0x9C:
		s.leftDouble(start, stop)
	case 0x9D:
		s.rightDouble(start, stop)
	case 0x99:
		if pos > s.para.Start && stop < end && isASCIILetter(s.text[pos-1]) && isASCIILetter(s.text[stop]) {
			return stop
		}
		s.single('’', start, stop)
	case 0x98:
		s.single('‘', start, stop)
	case 0x9A:
		s.single('‚', start, stop)
	case 0x9E:
		if s.conv.Has(LowNine) {
			s.openDouble(LowNine, '„', start, stop, s.context(start, stop), s.find(famDouble))
		}
	case 0xB9:
		s.guillemet(famSGuil, '‹', '‹', start, stop)
	case 0xBA:
		s.guillemet(famSGuil, '›', '‹', start, stop)
	default:
		return pos + 1
	}
	return stop
}

// cjkMark handles the rune at offset pos whose first byte is 0xE3 and
// returns the offset where scanning resumes: the corner brackets 「 」 『 』
// are E3 80 8C to E3 80 8F.
func (s *scanner) cjkMark(pos int) int {
	if pos+2 >= s.para.End || s.text[pos+1] != 0x80 {
		return pos + 1
	}
	start, stop := pos, pos+3
	switch s.text[pos+2] {
	case 0x8C, 0x8D:
		s.corner(famCorner, s.text[pos+2] == 0x8C, start, stop)
	case 0x8E, 0x8F:
		s.corner(famWhiteCorner, s.text[pos+2] == 0x8E, start, stop)
	default:
		return pos + 1
	}
	return stop
}

// latinMark handles the rune at offset pos whose first byte is 0xC2 and
// returns the offset where scanning resumes: the guillemets « and » are C2
// AB and C2 BB.
func (s *scanner) latinMark(pos int) int {
	if pos+1 >= s.para.End {
		return pos + 1
	}
	switch s.text[pos+1] {
	case 0xAB:
		s.guillemet(famGuil, '«', '«', pos, pos+2)
	case 0xBB:
		s.guillemet(famGuil, '»', '«', pos, pos+2)
	default:
		return pos + 1
	}
	return pos + 2
}

// openDouble opens a double quotation with the mark r at [start, end),
// placed as ctx says; open is the stack index of the innermost double
// quotation open, or -1 (s.find(famDouble)). A double quotation already
// open takes it as nested, unless the new mark begins a sentence: then
// the open one lacked its closing mark and ends before the new one
// ("Wait, he said. "Stop." holds two quotations).
func (s *scanner) openDouble(style Convention, r rune, start, end int, ctx context, open int) {
	if ctx.left && open >= 0 {
		// Both the letter line and the cue clause need a line break or a
		// comma before the mark, which most marks lack.
		breakOrComma := s.breakOrCommaBefore(start, ctx.prev)
		if breakOrComma && open == len(s.stack)-1 && s.stack[open].mark == r && reopensLine(s.text, s.para.Start, start) {
			return // a letter's next line: “Ever yours,⏎“Father.”
		}
		if s.sentenceEndedBefore(start, ctx) || breakOrComma && s.cueClauseBefore(open, start) {
			s.cut(open, start)
		}
	}
	if len(s.stack) >= maxDepth {
		return
	}
	s.push(opening{open: Span{Start: start, End: end}, style: style, fam: famDouble, mark: r, weak: !ctx.left})
}

// leftDouble handles “: the English opening mark, the German closing mark
// after „, and a closing mark mistyped.
func (s *scanner) leftDouble(start, end int) {
	ctx := s.context(start, end)
	i := s.find(famDouble)
	if i >= 0 && (s.stack[i].mark == '„' || !ctx.left || ctx.right) {
		s.close(i, start, end)
		return
	}
	if s.conv.Has(CurlyDouble) {
		s.openDouble(CurlyDouble, '“', start, end, ctx, i)
	}
}

// rightDouble handles ”: the English closing mark, and the Swedish mark
// that opens and closes.
func (s *scanner) rightDouble(start, end int) {
	if i := s.find(famDouble); i >= 0 {
		s.close(i, start, end)
		return
	}
	ctx := s.context(start, end)
	if s.conv.Has(RightDouble) && ctx.left && !ctx.right {
		s.push(opening{open: Span{Start: start, End: end}, style: RightDouble, fam: famDouble, mark: '”'})
	}
}

// straightDouble pairs " (or ” typed for it) by context. With a double
// quotation open, it closes that quotation unless it is placed like an
// opening mark; with none open, it opens one unless it is placed like a
// closing mark (a stray closing mark or an inch sign).
func (s *scanner) straightDouble(style Convention, mark rune, start, end int, ctx context) {
	if ctx.prev == '=' || ctx.next == '>' {
		return // a markup attribute: <a href="…">
	}
	left, right := ctx.left, ctx.right
	if i := s.find(famDouble); i >= 0 {
		if mark == '"' && right && isInchMark(s.text, s.para.Start, start, s.para.End) {
			return
		}
		if left && !right {
			s.openDouble(style, mark, start, end, ctx, i)
			return
		}
		s.close(i, start, end)
		return
	}
	if right && !left || !s.conv.Has(style) {
		return
	}
	s.push(opening{open: Span{Start: start, End: end}, style: style, fam: famDouble, mark: mark, weak: !left})
}

// apostrophes handles a run of ASCII apostrophes starting at pos: one is a
// single mark or an apostrophe, two stand for a double mark, three for a
// double and a single mark (the single inside).
func (s *scanner) apostrophes(pos int) int {
	n := 1
	for pos+n < s.para.End && s.text[pos+n] == '\'' {
		n++
	}
	switch n {
	case 1:
		s.single('\'', pos, pos+1)
	case 2:
		if s.elisionAfterOpening(pos) {
			s.single('\'', pos, pos+1) // ''Tis true,' she said.
		} else {
			s.twoApostrophes(pos, pos+2)
		}
	case 3:
		ctx := s.context(pos, pos+3)
		if ctx.right && !ctx.left {
			s.single('\'', pos, pos+1)
			s.twoApostrophes(pos+1, pos+3)
		} else {
			s.twoApostrophes(pos, pos+2)
			s.single('\'', pos+2, pos+3)
		}
	}
	return pos + n
}

// twoApostrophes handles two apostrophes: the PTB closing mark after two
// backquotes, or a double mark typed as two apostrophes.
func (s *scanner) twoApostrophes(start, end int) {
	ctx := s.context(start, end)
	if isWordRune(ctx.prev) && isWordRune(ctx.next) {
		return
	}
	if i := s.find(famDouble); i >= 0 && s.stack[i].mark == '`' {
		s.close(i, start, end)
		return
	}
	if s.conv.Has(DoubledApostrophe) {
		s.straightDouble(DoubledApostrophe, '\'', start, end, ctx)
		return
	}
	s.unreadDouble(start, end, ctx)
}

// unreadDouble pairs two apostrophes with each other when they are not
// read as a double mark. The text they enclose is a quotation all the
// same, so the single marks inside it open its inner quotations; such a
// pair and everything inside it is left out of the result.
func (s *scanner) unreadDouble(start, end int, ctx context) {
	if i := s.find(famUnread); i >= 0 && !(ctx.left && !ctx.right) {
		s.close(i, start, end)
		return
	}
	if ctx.left && !ctx.right {
		s.push(opening{open: Span{Start: start, End: end}, style: DoubledApostrophe, fam: famUnread, mark: '\''})
	}
}

// backtick handles two backquotes (the PTB and LaTeX opening double mark)
// and one (the opening single mark).
func (s *scanner) backtick(pos int) int {
	if !s.conv.Has(Backtick) {
		return pos + 1
	}
	if pos+1 < s.para.End && s.text[pos+1] == '`' {
		s.openDouble(Backtick, '`', pos, pos+2, s.context(pos, pos+2), s.find(famDouble))
		return pos + 2
	}
	if s.context(pos, pos+1).left {
		s.push(opening{open: Span{Start: pos, End: pos + 1}, style: Backtick, fam: famSingle, mark: '`'})
	}
	return pos + 1
}

// single handles ‘ ’ ' and ‚, telling apostrophes from quotation marks.
func (s *scanner) single(r rune, start, end int) {
	ctx := s.context(start, end)
	if isWordRune(ctx.prev) && isWordRune(ctx.next) {
		return // don’t, rock’n’roll, O'Brien
	}
	left, right := ctx.left, ctx.right
	switch {
	case left && !right:
		s.openSingle(r, start, end)
	case right && !left:
		s.closeSingle(r, start, end, ctx)
	}
}

// openSingle opens a single quotation with the mark r placed like an
// opening mark, unless it is an elision apostrophe ('tis, ’90s).
func (s *scanner) openSingle(r rune, start, end int) {
	var style Convention
	switch r {
	case '‘':
		style = CurlySingle
	case '\'':
		style = StraightSingle
	case '‚':
		style = LowNine
	default:
		return // ’ before a word is an elision: ’tis, ’em, ’90s
	}
	if !s.conv.Has(style) || len(s.stack) >= maxDepth || (r != '‚' && elisionFollows(s.text, end, s.para.End) && !(r == '‘' && wordAfterCurly(s.text, end, s.para.End))) {
		return
	}
	if s.reopenSingle(r, start, end) {
		return
	}
	s.push(opening{open: Span{Start: start, End: end}, style: style, fam: famSingle, mark: r})
}

// closeSingle closes the innermost single quotation with the mark r placed
// like a closing mark, unless the mark ends a word (the Joneses’ car,
// goin' home).
func (s *scanner) closeSingle(r rune, start, end int, ctx context) {
	i := s.find(famSingle)
	if i < 0 && r != '‚' && isTerminatorOrComma(ctx.prev) {
		if j := s.find(famDouble); j >= 0 {
			s.close(j, start, end) // “Let’s go.’ : a single mark mistyped for a double one
		}
		return
	}
	if i < 0 || r == '‚' || wordFinalApostrophe(s.text, start, end, ctx, s.para) || clippedBeforeClose(s.text, r, start, end, ctx, s.para) {
		return
	}
	if !s.conv.Has(CurlySingle) && !s.conv.Has(StraightSingle) && !s.conv.Has(LowNine) && !s.conv.Has(Backtick) {
		return
	}
	s.close(i, start, end)
}

// isTerminatorOrComma reports the punctuation that ends quoted speech.
func isTerminatorOrComma(r rune) bool { return r == ',' || isTerminator(r) }

// guillemet handles « » and ‹ ›: the left mark opens and the right one
// closes, or the reverse in German and Danish (»…«), or the right mark
// both opens and closes in Swedish and Finnish (»…»). Spaces inside the
// marks (« French »), are allowed.
func (s *scanner) guillemet(fam family, r, left rune, start, end int) {
	ctx := s.context(start, end)
	if i := s.find(fam); i >= 0 && (s.stack[i].mark != r || ctx.right && !ctx.left) {
		s.close(i, start, end)
		return
	}
	o := opening{open: Span{Start: start, End: end}, fam: fam, mark: r}
	switch {
	case r == left && s.conv.Has(Guillemets):
		o.style = Guillemets
		s.push(o)
	case r != left && s.conv.Has(ReversedGuillemets) && ctx.left && !ctx.right:
		o.style = ReversedGuillemets
		s.push(o)
	}
}

// corner handles the CJK brackets, which always pair.
func (s *scanner) corner(fam family, open bool, start, end int) {
	if !s.conv.Has(CJK) {
		return
	}
	if open {
		s.push(opening{open: Span{Start: start, End: end}, style: CJK, fam: fam})
		return
	}
	if i := s.find(fam); i >= 0 {
		s.close(i, start, end)
	}
}

// reopening reports whether paragraph p starts with a mark that reopens
// the quotation o, and returns that mark's span: a mark of the same family
// and the same kind, straight (" ” ') or typographic (“ „ ” ‘ ‚ “).
func (s *scanner) reopening(p Span, o opening) (start, end int, ok bool) {
	if p.Start >= p.End {
		return 0, 0, false
	}
	r, size := utf8.DecodeRuneInString(s.text[p.Start:p.End])
	end = p.Start + size
	f := famNone
	switch r {
	case '“', '"', '„', '”':
		f = famDouble
	case '`', '\'':
		if end < p.End && rune(s.text[end]) == r {
			f, end = famDouble, end+1
			if r == '\'' && !s.conv.Has(DoubledApostrophe) {
				f = famUnread
			}
		} else if r == '\'' && !elisionFollows(s.text, end, p.End) {
			f = famSingle
		}
	case '‘', '‚':
		f = famSingle
	case '«', '»':
		f = famGuil
	case '‹', '›':
		f = famSGuil
	case '「':
		f = famCorner
	case '『':
		f = famWhiteCorner
	}
	return p.Start, end, f == o.fam && f != famNone && isStraight(r) == isStraight(o.mark)
}

// isStraight reports the ASCII marks, which typewriter text uses for
// every quotation mark.
func isStraight(r rune) bool { return r == '"' || r == '\'' }
