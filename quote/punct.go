package quote

import "unicode/utf8"

// The kind rules test the runes at the edges of words and quotations
// against small fixed sets. These functions do with a switch what
// strings.ContainsRune, strings.TrimLeft and strings.ContainsAny do with a
// search of the set for every rune.

// isClausePunct reports the punctuation that ends speech as a sentence or
// a clause: . , ! ? … — – - ; :
func isClausePunct(r rune) bool {
	switch r {
	case '.', ',', '!', '?', '…', '—', '–', '-', ';', ':':
		return true
	}
	return false
}

// isSpeechBreak reports the punctuation that ends speech interrupted by
// its cue: , ! ? — – - …
func isSpeechBreak(r rune) bool {
	switch r {
	case ',', '!', '?', '—', '–', '-', '…':
		return true
	}
	return false
}

// isCueClauseEnd reports the punctuation that ends a cue clause between
// two parts of one utterance: , ; : . — – -
func isCueClauseEnd(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '—', '–', '-':
		return true
	}
	return false
}

// trimClosingMarks returns s without the emphasis marks, quotation marks
// and apostrophes it ends with: _ * ' " ’ ”
func trimClosingMarks(s string) string {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '_', '*', '\'', '"', '’', '”':
			s = s[:len(s)-size]
		default:
			return s
		}
	}
	return s
}

// trimOpeningMarks returns s without the emphasis marks and quotation
// marks it starts with: _ * ' " ‘ “
func trimOpeningMarks(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case '_', '*', '\'', '"', '‘', '“':
			s = s[size:]
		default:
			return s
		}
	}
	return s
}

// trimLeadingPunct returns s without the clause punctuation, dashes and
// spaces it starts with: , ; : — – - and the space.
func trimLeadingPunct(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case ',', ';', ':', '—', '–', '-', ' ':
			s = s[size:]
		default:
			return s
		}
	}
	return s
}

// hasDoubleMark reports whether s holds a double quotation mark that opens
// or closes: “ " „ « ». It skips eight bytes at a time while they hold
// neither " nor a byte outside ASCII, then reads bytes, not runes: the lead
// bytes E2 and C2 are never inside another rune's encoding, so their
// sequences are those marks wherever they occur.
func hasDoubleMark(s string) bool {
	const highs = 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := load64(s[i:]); x&highs|hasByte(x, '"') != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if c == '"' {
				return true
			}
		case c == 0xE2: // “ is E2 80 9C, „ is E2 80 9E
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9E) {
				return true
			}
		case c == 0xC2: // « is C2 AB, » is C2 BB
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		}
	}
	return false
}

// load64 returns the first eight bytes of s, len(s) >= 8, as a
// little-endian word.
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasComma reports whether s holds a comma or a semicolon.
func hasComma(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == ';' {
			return true
		}
	}
	return false
}

// hasClauseBreak reports whether s holds a comma, a full stop or a
// semicolon.
func hasClauseBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == '.' || s[i] == ';' {
			return true
		}
	}
	return false
}
