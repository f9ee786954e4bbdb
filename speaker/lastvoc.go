package speaker

// lastVocativeIn returns the known person quotation q addresses last
// ("Come in, Tom. … What do you say, Clara?" gives Clara): the one who
// is to answer. It returns vocativeIn's answer when q names nobody else.
func (d *document) lastVocativeIn(q int) int {
	first := d.vocativeIn(q)
	if first < 0 {
		return -1
	}
	last := first
	d.eachVocative(q, func(toks []token, i, end int) bool {
		if e := d.calledIn(q, toks, i, end); e >= 0 && !d.notAddressable(e) {
			last = e
		}
		return true
	})
	return last
}
