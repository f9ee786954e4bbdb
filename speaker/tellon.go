package speaker

// tellOn carries a story past a paragraph whose marks close early. Told
// is the last quotation a teller's run was given (or -1) and [lo, hi) the
// quotations of paragraph p, which does not reopen the run. When a stray
// closing mark ends the run, the next paragraph of the story is still a
// paragraph that is all one quotation, and no rule, not even turn-taking,
// finds anyone else to give it to: it goes to the teller too. A paragraph
// the told quotation runs into, with no quotation of its own, keeps the
// run going. tellOn returns the quotation it gave the teller (or told
// when the paragraph only went on with it), else -1.
func (d *document) tellOn(told, lo, hi, p int) int {
	if told < 0 {
		return -1
	}
	if lo == hi {
		if d.quotes[told].Span.End > d.paras[p].Start {
			return told // the told quotation runs on into p
		}
		return -1
	}
	if !d.quoteOnly(p) {
		return -1
	}
	return d.tellRun(lo, hi, p, d.attr[told].Speaker)
}
