package segment

import (
	"iter"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/span"
)

// Layout thresholds, in runes and lines.
const (
	// maxWrapWidth is the widest line of hard-wrapped text: writers and
	// tools wrap at 60 to 80 columns, so a wider line is a whole
	// paragraph written on one line.
	maxWrapWidth = 100

	// minWrapWidth is the narrowest wrap width of prose: a block whose
	// lines are narrower was written one short paragraph a line.
	minWrapWidth = 40

	// longBlockLines is the number of lines from which a block between
	// blank lines is taken for several wrapped paragraphs: real
	// paragraphs of novels stay under 50 lines of 70 columns.
	longBlockLines = 60
)

// Paragraphs returns the paragraphs of text in order, trimmed of
// surrounding white space (a leading byte-order mark included), sorted and
// non-overlapping. Empty or all-blank text has no paragraphs.
//
// Lines end at "\n", "\r\n" or "\r". Blank lines (holding only white
// space) always separate paragraphs. Between blank lines, the lines of a
// block are read by their widths:
//   - when at least a fifth of them are wider than 100 runes, the text
//     was not hard-wrapped and every line is a paragraph (news with one
//     paragraph a line);
//   - otherwise the block is hard-wrapped text (Project Gutenberg style,
//     indented or not) and single newlines are line wraps. A block is one
//     paragraph unless it is the whole text or at least 60 lines long:
//     then a line break is a paragraph break where the next line is
//     indented deeper, or where the line ends a sentence and either the
//     next word would have fitted on it or the next line opens a
//     quotation. Such a block whose lines are mostly narrower than 40
//     runes was not wrapped at all: every line is a paragraph.
//
// Verse and centred headings set off by blank lines therefore stay one
// paragraph each. The work is linear in len(text).
func Paragraphs(text string) []span.Span {
	var out []span.Span
	eachParagraph(text, func(s span.Span) bool {
		out = append(out, s)
		return true
	})
	return out
}

// ParagraphSeq returns the paragraphs of text as a sequence, as
// [Paragraphs] would list them, without building a slice. The sequence
// may be iterated any number of times; each iteration scans text again.
func ParagraphSeq(text string) iter.Seq[span.Span] {
	return func(yield func(span.Span) bool) {
		eachParagraph(text, yield)
	}
}

// block gathers what the paragraph scanner knows of the lines between two
// blank lines.
type block struct {
	start     int  // start of its first line, indentation included
	first     int  // start of its first line's text
	last      int  // start of its last line's text
	end       int  // end of its last line's text
	lines     int  // number of lines
	long      int  // lines wider than maxWrapWidth, the last one excepted
	sawBlank  bool // a blank line came before this block
	stopped   bool // yield asked to stop
	yieldSpan func(span.Span) bool
}

// eachParagraph calls yield with every paragraph of text until yield
// returns false; it reports whether it ran to the end.
func eachParagraph(text string, yield func(span.Span) bool) bool {
	b := block{yieldSpan: yield}
	ls := newLineScanner(text, 0, len(text))
	for {
		lineStart, lineEnd, ok := ls.next()
		if !ok {
			break
		}
		cs, ce := trimSpace(text, lineStart, lineEnd)
		if cs == ce {
			if b.lines > 0 && !b.flush(text, false) {
				return false
			}
			b.sawBlank = true
			continue
		}
		b.add(text, lineStart, cs, ce)
	}
	if b.lines > 0 {
		return b.flush(text, !b.sawBlank)
	}
	return true
}

// add appends the line whose text is text[cs:ce] to the block. The width
// of a line is measured only once another line follows it: the last
// line's width decides nothing.
func (b *block) add(text string, lineStart, cs, ce int) {
	if b.lines == 0 {
		b.start, b.first = lineStart, cs
	} else if wider(text[b.last:b.end], maxWrapWidth) {
		b.long++
	}
	b.lines++
	b.last, b.end = cs, ce
}

// flush yields the paragraphs of the block and empties it. whole says the
// block is the whole text.
func (b *block) flush(text string, whole bool) bool {
	ok := true
	switch {
	case b.lines == 1:
		ok = b.yieldSpan(span.Span{Start: b.first, End: b.end})
	case b.long > 0 && b.long*5 >= b.lines-1:
		ok = b.eachLine(text)
	case whole || b.lines >= longBlockLines:
		if wrap := wrapWidth(text, b.start, b.end); wrap >= minWrapWidth {
			ok = b.eachWrapped(text, wrap)
		} else {
			ok = b.eachLine(text)
		}
	default:
		ok = b.yieldSpan(span.Span{Start: b.first, End: b.end})
	}
	*b = block{sawBlank: b.sawBlank, yieldSpan: b.yieldSpan}
	return ok
}

// eachLine yields every line of the block as a paragraph, except that a
// line continues the one before when that one ends in a hyphen after a
// letter ("Israeli-") or when it starts with a lower-case letter: such
// breaks are leftovers of wrapping, not paragraph ends.
func (b *block) eachLine(text string) bool {
	ls := newLineScanner(text, b.start, b.end)
	paraStart, prevEnd := -1, -1
	for {
		s, e, ok := ls.next()
		if !ok {
			break
		}
		if s, e = trimSpace(text, s, e); s == e {
			continue
		}
		if paraStart >= 0 && !continuesLine(text[paraStart:prevEnd], text[s:e]) {
			if !b.yieldSpan(span.Span{Start: paraStart, End: prevEnd}) {
				return false
			}
			paraStart = -1
		}
		if paraStart < 0 {
			paraStart = s
		}
		prevEnd = e
	}
	return b.yieldSpan(span.Span{Start: paraStart, End: prevEnd})
}

// continuesLine reports whether line next continues the text prev.
func continuesLine(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if isLower(r) {
		return true
	}
	last, size := utf8.DecodeLastRuneInString(prev)
	if last != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-size])
	return isLetter(before)
}

// line describes one line of a hard-wrapped block.
type line struct {
	start, end int // its text, trimmed
	indent     int // columns of leading white space
	width      int // runes of its text
}

// readLine describes the line text[s:e].
func readLine(text string, s, e int) line {
	cs, ce := trimSpace(text, s, e)
	return line{start: cs, end: ce, indent: indentOf(text[s:cs]), width: width(text[cs:ce])}
}

// eachWrapped yields the paragraphs of a hard-wrapped block whose wrap
// width is wrap, cutting at the line breaks that breakBetween accepts.
func (b *block) eachWrapped(text string, wrap int) bool {
	ls := newLineScanner(text, b.start, b.end)
	var prev line
	paraStart := -1
	for {
		s, e, ok := ls.next()
		if !ok {
			break
		}
		cur := readLine(text, s, e)
		if cur.start == cur.end {
			continue
		}
		if paraStart < 0 {
			paraStart = cur.start
		} else if breakBetween(text, prev, cur, wrap) {
			if !b.yieldSpan(span.Span{Start: paraStart, End: prev.end}) {
				return false
			}
			paraStart = cur.start
		}
		prev = cur
	}
	return b.yieldSpan(span.Span{Start: paraStart, End: prev.end})
}

// breakBetween decides whether the break between two lines of wrapped
// text ends a paragraph.
func breakBetween(text string, a, b line, wrap int) bool {
	if b.indent > a.indent {
		return true // first-line indentation
	}
	if !endsSentence(text[a.start:a.end]) {
		return false
	}
	if a.width > maxWrapWidth || b.width > maxWrapWidth {
		return true // a line written whole among wrapped ones
	}
	if a.width+1+width(firstWord(text[b.start:b.end])) <= wrap-wrap/12 {
		return true // the next word would have fitted: a deliberate break
	}
	r, _ := utf8.DecodeRuneInString(text[b.start:b.end])
	return r == '“' || r == '"' || r == '‘' // a new turn of dialogue
}

// endsSentence reports whether s ends with a terminator or a colon,
// possibly followed by closing marks.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if isTerminator(r) || r == ':' {
			return true
		}
		if !isCloser(r) {
			return false
		}
		s = s[:len(s)-size]
	}
	return false
}

// firstWord returns s up to its first white space.
func firstWord(s string) string {
	for i, r := range s {
		if isSpace(r) {
			return s[:i]
		}
	}
	return s
}

// width returns the number of runes in s.
func width(s string) int { return utf8.RuneCountInString(s) }

// wider reports whether s holds more than n runes, counting them only
// when its length in bytes leaves the question open.
func wider(s string, n int) bool { return len(s) > n && width(s) > n }

// indentOf returns the width in columns of the white space s, with tab
// stops every eight columns.
func indentOf(s string) int {
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			col += 8 - col%8
		case '\uFEFF':
		default:
			col++
		}
	}
	return col
}

// wrapWidth estimates the column at which text[start:end] was wrapped:
// the 95th percentile of the widths of its lines no wider than
// maxWrapWidth, so that a few long lines do not count.
func wrapWidth(text string, start, end int) int {
	var counts [maxWrapWidth + 1]int
	total := 0
	ls := newLineScanner(text, start, end)
	for {
		s, e, ok := ls.next()
		if !ok {
			break
		}
		s, e = trimSpace(text, s, e)
		if w := width(text[s:e]); s < e && w <= maxWrapWidth {
			counts[w]++
			total++
		}
	}
	seen := 0
	for w, n := range counts {
		seen += n
		if seen*20 >= total*19 && total > 0 {
			return w
		}
	}
	return 0
}
