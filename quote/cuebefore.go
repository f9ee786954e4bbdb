package quote

import "strings"

// cueClauseBefore reports that the quotation open at stack index open,
// its closing mark missing, runs into a cue clause that ends with a comma
// right before the mark at start (“Hold on, whispered the boy, “they’re
// coming.”): the mark opens the second part of the speech, not a
// quotation inside the first, which ends before the cue.
func (s *scanner) cueClauseBefore(open, start int) bool {
	comma := trimSpaceLeft(s.text, s.stack[open].open.End, start)
	if comma <= s.stack[open].open.End || s.text[comma-1] != ',' {
		return false
	}
	e, ok := speechEnd(s.text, s.innerEnd(s.stack[open]), comma)
	return ok && !strings.ContainsAny(s.text[e:comma-1], ".,;:!?")
}
