package quote

import (
	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// maxWord bounds the words the apostrophe rules look at; longer runs of
// letters are no elision.
const maxWord = 24

// elisionFollows reports a decade ('90s, ’08) or an elided word ('tis,
// 'em, rock 'n' roll, the dialect 'is) right after the apostrophe that
// ends at offset end; limit is the end of the paragraph.
func elisionFollows(text string, end, limit int) bool {
	w := leadingWord(text[end:limit])
	if w == "" {
		return false
	}
	if isDigitByte(w[0]) {
		return (len(w) == 2 && isDigitByte(w[1])) || (len(w) == 3 && isDigitByte(w[1]) && w[2] == 's')
	}
	if len(w) > 1 && !elisionFilter().mayHold(w) {
		return false
	}
	var buf [maxWord]byte
	switch lexicon.Elisions()[string(lowerASCII(buf[:0], w))] {
	case lexicon.ElisionAny:
		return true
	case lexicon.ElisionLower:
		return w[0] >= 'a' && w[0] <= 'z'
	}
	return false
}

// elisionFilter returns the wordFilter of the elided words.
func elisionFilter() *wordFilter { return elisionFilterTable.get() }

var elisionFilterTable = cached[wordFilter]{build: func() *wordFilter {
	f := new(wordFilter)
	for w := range lexicon.Elisions() {
		f.add(w)
	}
	return f
}}

// dialectFinal lists the words that end with an apostrophe standing for a
// lost letter: o' (of), an' (and), th' (the), ol' (old), fo' (for).
var dialectFinal = map[string]bool{"o": true, "an": true, "th": true, "ol": true, "fo": true, "wi": true, "nothin": true}

// wordFinalApostrophe reports a single mark at [start, end) that ends a
// word as an apostrophe rather than closing a quotation: a plural
// possessive (the Joneses’ car) or a dropped letter (goin' home, o' the
// world), followed by a space and a lower-case word that is no speech cue.
func wordFinalApostrophe(text string, start, end int, ctx context, p Span) bool {
	if !isWordRune(ctx.prev) || end+1 >= p.End || !isSpaceByte(text[end]) {
		return false
	}
	w := trailingWord(text[p.Start:start])
	if clippedJoiner[w] && joinsNext(text[end+1:p.End]) {
		return true // 'bread an' butter': no speech ends on "and" or "the"
	}
	next := leadingWord(text[end+1 : p.End])
	if next == "" {
		return false
	}
	if next[0] < 'a' || next[0] > 'z' || isCueAfterQuote(next) {
		return false
	}
	if w != "" && w[len(w)-1] == 's' && !dialectFinal[w] && !possessedFollows(next) {
		return false // the 'experts' were wrong: a possessive needs a noun after it
	}
	return takesFinalApostrophe(w)
}

// clippedJoiner lists the clipped words that join what follows them (an'
// for and, th' for the, wi' for with, fo' for for, ol' for old): no
// quotation ends on one, so their apostrophe is no closing mark even before
// a capital or a pronoun ('Me an' I went', 'Wi' Tom').
var clippedJoiner = map[string]bool{"an": true, "th": true, "wi": true, "fo": true, "ol": true}

// takesFinalApostrophe reports a word that an apostrophe may end: a plural
// (the Joneses’ car), a dialect word (o', an') or a dropped g (goin',
// somethin').
func takesFinalApostrophe(w string) bool {
	switch {
	case w == "":
		return false
	case w[len(w)-1] == 's':
		return true // the Joneses’ car
	case dialectFinal[w]:
		return true
	}
	return len(w) >= 4 && w[len(w)-2:] == "in" // goin', somethin'
}

// isCueAfterQuote reports a lower-case word that commonly follows a closing
// mark: a pronoun or a speech verb ('Yes' she said).
func isCueAfterQuote(w string) bool {
	switch w {
	case "he", "she", "they", "i", "we", "you", "it", "and", "or", "but":
		return true
	}
	_, ok := lexicon.CueVerbs()[w]
	return ok
}

// leadingWord returns the run of ASCII letters and digits at the start of
// s, or "" when it is longer than maxWord.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && isASCIIWordByte(s[i]) {
		i++
		if i > maxWord {
			return ""
		}
	}
	return s[:i]
}

// trailingWord returns the run of ASCII letters at the end of s, or ""
// when it is longer than maxWord.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 && isASCIIWordByte(s[i-1]) {
		i--
		if len(s)-i > maxWord {
			return ""
		}
	}
	return s[i:]
}

// isASCIIWordByte reports an ASCII letter or digit.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isDigitByte reports an ASCII digit.
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// lowerASCII appends s in lower case to buf; a map lookup of
// string(lowerASCII(...)) does not allocate.
func lowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
