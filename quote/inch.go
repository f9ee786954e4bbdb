package quote

import "strings"

// isInchMark reports a straight double mark at start that is an inch sign
// rather than a closing mark: it follows a number and the sentence goes on
// with a lower-case word that is no cue (a 12" ruler, the 6" one), or it
// ends feet and inches (5'2"), or a word is joined to it (a 12"-long
// board). from is the start of the paragraph, to its end.
func isInchMark(text string, from, start, to int) bool {
	i := start
	for i > from && isDigitByte(text[i-1]) {
		i--
	}
	if i == start {
		return false
	}
	end := start + 1
	if end >= to || !closedLater(text, end, to) {
		return false // the quotation ends on a number: "Fight for 15" movement
	}
	if i-1 > from && text[i-1] == '\'' && isDigitByte(text[i-2]) {
		return true // 5'2"
	}
	if c := text[end]; c == '-' || isASCIILetter(c) {
		return true
	}
	if text[end] != ' ' {
		return false
	}
	next := leadingWord(text[end+1 : to])
	return next != "" && next[0] >= 'a' && next[0] <= 'z' && !isCueAfterQuote(next)
}

// closedLater reports that the next straight double mark in text[from:to]
// is placed like a closing mark after a word or punctuation that is no
// digit: the quotation an inch sign would leave open closes there. Only
// the next mark is read, so the work over a paragraph stays linear.
func closedLater(text string, from, to int) bool {
	j := strings.IndexByte(text[from:to], '"')
	if j < 0 {
		return false
	}
	j += from
	prev := text[j-1]
	if prev == ' ' || prev == '\n' || isDigitByte(prev) {
		return false
	}
	return j+1 == to || text[j+1] == ' ' || text[j+1] == '\n' || isClauseEnd(text[j+1]) || text[j+1] == ')'
}
