package segment

import (
	"unicode"
	"unicode/utf8"
)

// isTerminator reports runes that may end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '‽':
		return true
	}
	return false
}

// isCloser reports the marks that close what a terminator ends: quotation
// marks, brackets, and the '_' and '*' of italic markup ("_Now._").
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '」', '』', ')', ']', '}', '_', '*':
		return true
	}
	return false
}

// isQuoteCloser reports the closers that are quotation marks.
func isQuoteCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '」', '』':
		return true
	}
	return false
}

// isOpener reports the marks that may stand before the first word of a
// sentence: opening quotation marks and brackets, inverted Spanish marks
// and italic markup.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '(', '[', '{', '_', '*', '¿', '¡':
		return true
	}
	return false
}

// isBullet reports the list bullets that start an item. ASCII '-' and '*'
// are left out: in prose they are dashes and emphasis.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '‣', '⁃', '●', '■', '▸', '►', '○':
		return true
	}
	return false
}

// isSpace reports white space, counting the byte-order mark U+FEFF, which
// some editors leave at the start of a file.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return r == '\uFEFF' || unicode.IsSpace(r)
}

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// skipSpace returns the offset of the first non-space rune at or after i,
// or limit.
func skipSpace(text string, i, limit int) int {
	for i < limit {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		if !isSpace(r) {
			return i
		}
		i += size
	}
	return limit
}

// trimSpace returns the bounds of text[start:end] without its leading and
// trailing white space; start == end when nothing is left.
func trimSpace(text string, start, end int) (int, int) {
	start = skipSpace(text, start, end)
	for end > start {
		c := text[end-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// isLetter reports letters, with an ASCII fast path.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// isDigit reports ASCII digits.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isUpper reports upper-case and title-case letters.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLower reports lower-case letters.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}
