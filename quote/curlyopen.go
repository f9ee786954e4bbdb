package quote

import "github.com/quoteattr/quoteattr/internal/lexicon"

// wordAfterCurly reports that the word after a left single curly mark
// ending at offset end is a common English word that dialect also writes
// with a dropped h ("as", "is", "ill", "ere"): typesetters write the
// elision with the apostrophe ’, so ‘ before such a word opens a quotation,
// as in British news (said the rise was ‘as bad as feared’). Elisions that
// are no words on their own ('tis, 'em) still win.
func wordAfterCurly(text string, end, limit int) bool {
	w := leadingWord(text[end:limit])
	if w == "" || len(w) > maxWord {
		return false
	}
	var buf [maxWord]byte
	return lexicon.Elisions()[string(lowerASCII(buf[:0], w))] == lexicon.ElisionLower
}
