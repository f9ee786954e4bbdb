package quote

import (
	"unicode"
	"unicode/utf8"
)

// context holds the runes on either side of a mark inside its paragraph,
// a zero rune standing for the paragraph's edge, and where the mark is
// placed: like an opening mark (left), like a closing mark (right), both
// or neither.
type context struct {
	prev, next  rune
	left, right bool
}

// context returns the context of the mark at [start, end) in its paragraph.
// A mark between two ASCII bytes, the common case, takes the short path,
// which the compiler inlines.
func (s *scanner) context(start, end int) context {
	if start > s.para.Start && end < s.para.End {
		if prev, next := s.text[start-1], s.text[end]; prev|next < utf8.RuneSelf {
			fp, fn := asciiPlace[prev], asciiPlace[next]
			return context{prev: rune(prev), next: rune(next),
				left: fp&(fn>>1)&1 != 0, right: (fp>>1)&(fn>>2)&1 != 0}
		}
	}
	return s.contextAtEdge(start, end)
}

// contextAtEdge is context for a mark at an edge of its paragraph or next
// to a rune outside ASCII.
func (s *scanner) contextAtEdge(start, end int) context {
	var c context
	if start > s.para.Start {
		if b := s.text[start-1]; b < utf8.RuneSelf {
			c.prev = rune(b)
		} else {
			c.prev, _ = utf8.DecodeLastRuneInString(s.text[s.para.Start:start])
		}
	}
	if end < s.para.End {
		if b := s.text[end]; b < utf8.RuneSelf {
			c.next = rune(b)
		} else {
			c.next, _ = utf8.DecodeRuneInString(s.text[end:s.para.End])
		}
	}
	// Like an opening mark: after the start of the paragraph, a space, a
	// bracket, a dash or another opening mark, and before something other
	// than a space. Like a closing mark: after something other than a
	// space, and before the end of the paragraph, a space or punctuation.
	// The flags combine without a branch.
	fp, fn := placeOf(c.prev), placeOf(c.next)
	c.left = fp&(fn>>1)&1 != 0       // opensAfter(prev) && solid(next)
	c.right = (fp>>1)&(fn>>2)&1 != 0 // solid(prev) && closesBefore(next)
	return c
}

// The place flags of a rune beside a mark, a zero rune standing for the
// paragraph's edge.
const (
	opensAfter   = 1 << iota // the edge, a space, or a rune after which a mark opens
	solid                    // neither the edge nor a space
	closesBefore             // the edge, a space, or a rune before which a mark closes
)

// placeOf returns the place flags of r.
func placeOf(r rune) uint8 {
	if uint32(r) < utf8.RuneSelf {
		return asciiPlace[r]
	}
	return runePlace(r)
}

// asciiPlace holds the place flags of the ASCII runes. It has a slot for
// every byte, so that a byte indexes it without a bounds check; the
// upper half is unused.
var asciiPlace = func() (t [256]uint8) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = runePlace(r)
	}
	return t
}()

// runePlace computes the place flags of r.
func runePlace(r rune) uint8 {
	edgeOrSpace := r == 0 || isSpace(r)
	var f uint8
	if edgeOrSpace || isOpenBefore(r) {
		f |= opensAfter
	}
	if !edgeOrSpace {
		f |= solid
	}
	if edgeOrSpace || isCloseFollower(r) {
		f |= closesBefore
	}
	return f
}

// asciiSpace and asciiWord mark the ASCII white space and the ASCII
// letters and digits.
var asciiSpace, asciiWord = func() (space, word [utf8.RuneSelf]bool) {
	for _, c := range " \t\n\r\f\v" {
		space[c] = true
	}
	for c := range utf8.RuneSelf {
		word[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return space, word
}()

// isSpace reports white space, including the no-break spaces French puts
// inside guillemets.
func isSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpace[r]
	}
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F ||
		r == 0x205F || r == 0x3000:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	return false
}

// isPunctBlock reports runes of the blocks of punctuation that hold the
// quotation marks: General Punctuation (dashes, curly marks, ‹ ›) and CJK
// Symbols and Punctuation (「 」 『 』), not their spaces.
func isPunctBlock(r rune) bool {
	return 0x2010 <= r && r <= 0x205E || 0x3001 <= r && r <= 0x303F
}

// isOpenBefore reports runes after which a mark opens a quotation: opening
// brackets, dashes, slashes, emphasis marks, colons and opening marks.
func isOpenBefore(r rune) bool {
	switch r {
	case '(', '[', '{', '<', '—', '–', '―', '-', '/', ':', '_', '*', '|',
		'“', '‘', '"', '\'', '„', '‚', '«', '‹', '»', '›', '「', '『', '`', '¿', '¡':
		return true
	}
	return false
}

// isCloseFollower reports runes that may follow a closing mark:
// punctuation and symbols.
func isCloseFollower(r rune) bool {
	if r < utf8.RuneSelf {
		return r < '0' || ('9' < r && r < 'A') || ('Z' < r && r < 'a') || ('z' < r && r < 0x7f)
	}
	if isPunctBlock(r) || r == '«' || r == '»' {
		return true
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isWordRune reports letters and digits. The test for ASCII is small
// enough to be inlined; other runes take a call.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneOutsideASCII(r)
}

// isWordRuneOutsideASCII is isWordRune for runes outside ASCII.
func isWordRuneOutsideASCII(r rune) bool {
	if isPunctBlock(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentenceEndsBefore reports whether the text of the paragraph before
// offset at ends a sentence: the last rune before it, past white space and
// closing brackets, is a full stop, a question or exclamation mark or an
// ellipsis.
func (s *scanner) sentenceEndsBefore(at int) bool {
	text := s.text[s.para.Start:at]
	i := len(text)
	for i > 0 {
		c := text[i-1]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if isSpace(r) {
				i -= size
				continue
			}
			return r == '…'
		}
		if b := asciiBeforeMark[c]; b != passedOver {
			return b == endsSentence
		}
		i--
	}
	return false
}

// sentenceEndedBefore is sentenceEndsBefore for the mark at offset start,
// whose context is ctx: the one or two ASCII bytes before the mark, read
// without a loop, usually decide it.
func (s *scanner) sentenceEndedBefore(start int, ctx context) bool {
	if ctx.prev > 0 && ctx.prev < utf8.RuneSelf {
		switch asciiBeforeMark[ctx.prev] {
		case endsSentence:
			return true
		case continuesSentence:
			return false
		}
		if i := start - 2; i >= s.para.Start {
			if c := s.text[i]; c < utf8.RuneSelf && asciiBeforeMark[c] != passedOver {
				return asciiBeforeMark[c] == endsSentence
			}
		}
	}
	return s.sentenceEndsBefore(start)
}

// What an ASCII byte before a mark says of the sentence before it.
const (
	continuesSentence = iota // any other byte
	endsSentence             // . ! ?
	passedOver               // white space and closing brackets, read past
)

// asciiBeforeMark classifies the ASCII bytes for sentenceEndsBefore; like
// asciiPlace, it has a slot for every byte.
var asciiBeforeMark = func() (t [256]uint8) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case asciiSpace[c] || c == ')' || c == ']':
			t[c] = passedOver
		case c == '.' || c == '!' || c == '?':
			t[c] = endsSentence
		}
	}
	return t
}()
