package quote

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// openingThenElision reports two apostrophes at [start, start+2) that are
// an opening single mark and the apostrophe of the elided word after them
// (a speech opening with 'Ere, 'Tis or '90s typed after a straight single
// mark) rather than a double mark typed as two apostrophes: the word after
// them is one the lexicon elides (in any case, since it begins the
// speech) or a decade, and no other two apostrophes follow in the
// paragraph to close a double mark. to is the end of the paragraph.
func openingThenElision(text string, start, to int) bool {
	end := start + 2
	w := leadingWord(text[end:to])
	switch {
	case w == "":
		return false
	case isDigitByte(w[0]):
		if !elisionFollows(text, end, to) {
			return false // only a decade: ''90s
		}
	case len(w) > 1 && !elisionFilter().mayHold(w):
		return false
	default:
		var buf [maxWord]byte
		if lexicon.Elisions()[string(lowerASCII(buf[:0], w))] == lexicon.ElisionNone {
			return false
		}
	}
	return !strings.Contains(text[end:to], "''")
}

// elisionAfterOpening reports two apostrophes at pos placed like an
// opening mark that openingThenElision reads as a single mark and an
// apostrophe, unless the text is read with double marks typed as two
// apostrophes or a backquoted quotation is open for them to close.
func (s *scanner) elisionAfterOpening(pos int) bool {
	if s.conv.Has(DoubledApostrophe) || !s.context(pos, pos+2).left {
		return false
	}
	if i := s.find(famDouble); i >= 0 && s.stack[i].mark == '`' {
		return false
	}
	return openingThenElision(s.text, pos, s.para.End)
}
