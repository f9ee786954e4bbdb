package speaker

import "slices"

// namesakeReach is how many quotations back calledIn looks for the
// namesake who spoke last.
const namesakeReach = 40

// calledIn returns the known person the name toks[i:end] in quotation q
// calls. In fiction, when the name fits several people of one family
// ("Mr. Pellow" for Tom Pellow and his brother Walter Pellow), it is the one of
// them who spoke last before q: a call goes to someone in the
// conversation, not to a namesake the talk is about.
func (d *document) calledIn(q int, toks []token, i, end int) int {
	cands := d.namedBy(toks, i, end)
	e := d.likeliestNamed(cands)
	if e < 0 || d.genre != GenreFiction || len(cands) < 2 || len(d.attr) != len(d.quotes) {
		return e
	}
	for p := q - 1; p >= 0 && p >= q-namesakeReach; p-- {
		if s := d.attr[p].Speaker; s >= 0 && slices.Contains(cands, s) {
			return s
		}
	}
	return e
}
