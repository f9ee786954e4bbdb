package speaker

// beatAnsweredBy returns the person that quotation r, opening the
// paragraph after quotation q's, addresses by name, when an action beat
// gave q to r's own speaker: nobody answers themselves by name (""The
// tide turns soon." ¶ "Evening, Marta!" he called."), so q is the called
// person's line. It returns -1 otherwise, and when q calls that person
// too.
func (d *document) beatAnsweredBy(q, r int) int {
	if !d.opensNextPara(q, r) {
		return -1
	}
	s, v := d.attr[r].Speaker, d.vocativeIn(r)
	if s < 0 || s != d.attr[q].Speaker || v < 0 || v == s || d.entities[v].kind != Person || d.vocativeIn(q) == v {
		return -1
	}
	return v
}
