package speaker

import "github.com/quoteattr/quoteattr/internal/lexicon"

// callingOutsideTalk reports whether description m ("the porter", "the
// receptionist"), a calling rather than a kind of person or kin, should
// stay a character of its own instead of standing for named person e,
// who takes no part in the conversation g follows: a story that brings
// in "the porter" beside a named guest means someone else. A kind of
// person ("the young lady"), kin ("his sister") or a foreign word of
// address used as a noun ("the signorina") may well be the named one.
func (d *document) callingOutsideTalk(m mention, e int, g *dialogue) bool {
	if personNouns[m.roles] || siblingNouns[m.roles] || e == g.last || e == g.prev {
		return false
	}
	if t, ok := lexicon.LookupTitle(m.roles); ok && t.Class.Has(lexicon.TitleHonorific) {
		return false
	}
	return true
}
