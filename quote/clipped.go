package quote

import (
	"strings"
	"unicode/utf8"
)

// clippedBeforeClose reports a single mark r at [start, end) that ends a
// clipped word or a plural possessive right before the quotation's own
// closing mark, as in 'I've been thinkin',' she said or ‘It’s the
// lads’.’: the mark is followed by one stop or comma and the same mark
// placed like a closing mark. Speech punctuation goes inside the closing
// mark, and single quotations do not nest in single quotations, so the
// first mark is the apostrophe and the second one closes.
func clippedBeforeClose(text string, r rune, start, end int, ctx context, p Span) bool {
	if !isWordRune(ctx.prev) || end >= p.End || !isClauseEnd(text[end]) {
		return false
	}
	next := end + 1
	if !strings.HasPrefix(text[next:p.End], text[start:end]) {
		return false
	}
	after := next + (end - start)
	if after < p.End {
		c, _ := utf8.DecodeRuneInString(text[after:p.End])
		if placeOf(c)&closesBefore == 0 || isWordRune(c) {
			return false
		}
	}
	return takesFinalApostrophe(trailingWord(text[p.Start:start]))
}

// joinsNext reports narration s, after the space that follows a clipped
// joining word, that goes on with a word or an elided one (an' 'em).
func joinsNext(s string) bool {
	if s != "" && s[0] == '\'' {
		s = s[1:]
	} else if strings.HasPrefix(s, "’") {
		s = s[len("’"):]
	}
	return leadingWord(s) != ""
}
