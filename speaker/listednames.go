package speaker

import "strings"

// addsToList reports a run of capitalised words that opens with "And",
// "Or" or "Nor" ("And Walter," "Or Ruth--"): the speaker adds a name to
// what was being listed, and calls no one.
func (d *document) addsToList(toks []token, i int) bool {
	switch strings.ToLower(d.word(toks[i])) {
	case "and", "or", "nor":
		return true
	}
	return false
}
