package quote

import (
	"strings"
	"unicode"
)

// mark handles the rune r at [start, end) of paragraph p and returns the
// offset where scanning resumes.
func (s *scanner) mark(r rune, start, end int, p Span) int {
	switch r {
	case '“':
		s.leftDouble(start, end, p)
	case '”':
		s.rightDouble(start, end, p)
	case '"':
		s.straightDouble(start, end, p)
	case '„':
		if s.conv.Has(LowNine) {
			s.push(famDouble, r, start, end)
		}
	case '‘', '’', '\'', '‚':
		return s.single(r, start, end, p)
	case '`':
		return s.backtick(start, end, p)
	case '«', '»':
		s.guillemet(famGuil, r, '«', start, end, p)
	case '‹', '›':
		s.guillemet(famSGuil, r, '‹', start, end, p)
	case '「', '」':
		s.corner(famCorner, r == '「', start, end)
	case '『', '』':
		s.corner(famWhiteCorner, r == '『', start, end)
	}
	return end
}

// leftDouble handles “: the English opening mark, and the German closing
// mark after „.
func (s *scanner) leftDouble(start, end int, p Span) {
	if i := s.find(famDouble); i >= 0 {
		o := s.stack[i]
		ctx := s.context(start, end, p)
		if (o.style == '„' && s.conv.Has(LowNine)) || (ctx.closes() && !ctx.opens()) {
			s.close(i, start, end)
			return
		}
	}
	if s.conv.Has(CurlyDouble) {
		s.push(famDouble, '“', start, end)
	}
}

// rightDouble handles ”: the English closing mark, and the Swedish mark
// that both opens and closes.
func (s *scanner) rightDouble(start, end int, p Span) {
	if i := s.find(famDouble); i >= 0 {
		s.close(i, start, end)
		return
	}
	if s.conv.Has(RightDouble) && s.context(start, end, p).opens() {
		s.push(famDouble, '”', start, end)
	}
}

// straightDouble pairs " by context: it closes an open straight quotation
// unless it plainly opens a nested one, and opens one otherwise.
func (s *scanner) straightDouble(start, end int, p Span) {
	if !s.conv.Has(StraightDouble) {
		return
	}
	ctx := s.context(start, end, p)
	if i := s.find(famDouble); i >= 0 && s.stack[i].style == '"' {
		if ctx.closes() || !ctx.opens() {
			s.close(i, start, end)
			return
		}
	}
	if ctx.closes() && !ctx.opens() {
		return // a stray closing mark, or inches
	}
	s.push(famDouble, '"', start, end)
}

// single handles ‘ ’ ' and ‚, telling apostrophes from quotation marks.
func (s *scanner) single(r rune, start, end int, p Span) int {
	ctx := s.context(start, end, p)
	if r == '\'' && end < p.End && s.text[end] == '\'' {
		return s.doubleApostrophe(start, end+1, p)
	}
	if isApostrophe(s.text, r, start, end, ctx) {
		return end
	}
	if i := s.find(famSingle); i >= 0 && r != '‘' && r != '‚' && ctx.closes() {
		s.close(i, start, end)
		return end
	}
	if r == '’' || !ctx.opens() || !s.singleAllowed(r) {
		return end
	}
	if (r == '\'' && !s.conv.Has(StraightSingle)) || (r == '‘' && !s.conv.Has(CurlySingle)) ||
		(r == '‚' && !s.conv.Has(LowNine)) {
		return end
	}
	s.push(famSingle, r, start, end)
	return end
}

// singleAllowed reports whether a single mark may open a quotation here:
// inside another quotation, or at top level in text that quotes with
// single marks, or for the unambiguous curly and low marks.
func (s *scanner) singleAllowed(r rune) bool {
	return len(s.stack) > 0 || s.allowTopSingle || r == '‘' || r == '‚'
}

// doubleApostrophe handles ” : the PTB closing mark after “, or a
// straight double quote typed as two apostrophes.
func (s *scanner) doubleApostrophe(start, end int, p Span) int {
	if i := s.find(famDouble); i >= 0 && s.stack[i].style == '`' {
		s.close(i, start, end)
	}
	return end
}

// backtick handles “ (PTB and LaTeX opening double mark) and ` (opening
// single mark).
func (s *scanner) backtick(start, end int, p Span) int {
	if !s.conv.Has(Backtick) {
		return end
	}
	if end < p.End && s.text[end] == '`' {
		s.push(famDouble, '`', start, end+1)
		return end + 1
	}
	if s.context(start, end, p).opens() {
		s.push(famSingle, '`', start, end)
	}
	return end
}

// guillemet handles « » and ‹ ›: left opens and right closes, or the
// reverse in German and Danish text (»…«).
func (s *scanner) guillemet(fam family, r, left rune, start, end int, p Span) {
	if i := s.find(fam); i >= 0 && s.stack[i].style != r {
		s.close(i, start, end)
		return
	}
	if r == left && s.conv.Has(Guillemets) {
		s.push(fam, r, start, end)
		return
	}
	if r != left && s.conv.Has(ReversedGuillemets) && s.context(start, end, p).opens() {
		s.push(fam, r, start, end)
	}
}

// corner handles the CJK brackets, which always pair.
func (s *scanner) corner(fam family, open bool, start, end int) {
	if !s.conv.Has(CJK) {
		return
	}
	if open {
		s.push(fam, 0, start, end)
		return
	}
	if i := s.find(fam); i >= 0 {
		s.close(i, start, end)
	}
}

// isApostrophe reports a single mark that is part of a word: between two
// letters or digits (don’t, rock’n’roll), before a decade (’90s), before an
// elided word ('tis, ’em), or after a word with no single quotation open
// (the Joneses’ car, goin').
func isApostrophe(text string, r rune, start, end int, ctx context) bool {
	if r == '‚' {
		return false
	}
	prevWord := isWordRune(ctx.prev)
	nextWord := isWordRune(ctx.next)
	if prevWord && nextWord {
		return true
	}
	if !prevWord && nextWord && elisionFollows(text, end) {
		return true
	}
	return false
}

// isWordRune reports letters and digits.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// elisions are words that begin with an apostrophe in English.
var elisions = []string{
	"tis", "twas", "twere", "twill", "em", "cause", "cos", "til", "till", "bout",
	"round", "neath", "n", "nuff", "ere", "scuse", "spose", "gainst", "im", "er",
}

// elisionFollows reports a decade ('90s, '60) or an elided word after the
// apostrophe ending at end.
func elisionFollows(text string, end int) bool {
	word := leadingWord(text[end:])
	if word == "" {
		return false
	}
	if unicode.IsDigit(rune(word[0])) {
		return len(word) == 2 || (len(word) == 3 && word[2] == 's')
	}
	lower := strings.ToLower(word)
	for _, e := range elisions {
		if lower == e {
			return true
		}
	}
	return false
}

// leadingWord returns the run of ASCII letters and digits at the start of s.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && i < 16 {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			break
		}
		i++
	}
	return s[:i]
}
