package speaker

// calledInReply returns the person the reply to quotation q calls by name
// when q's cue is a description ("…," said the stranger. ¶ "Well, Ned, …"):
// the one the reply answers is the one who just spoke, so the description
// is that person rather than the speaker the conversation expected. The
// reply must be the first thing in the next paragraph, must call someone
// q itself does not call, and that person must fit the description and
// must not be the reply's own speaker ("Anselm Vark, booked through,"
// said Anselm: he gives his name); -1 otherwise. A description of kin
// ("his sister") is left to the steps that know the family, which give
// all its lines at once.
func (d *document) calledInReply(q int, m mention) int {
	if m.kind != MentionNominal || m.entity < 0 || d.entities[m.entity].proper || m.plural || m.owner >= 0 || isPossessiveDeterminer(d.word(d.toks[m.tok0])) {
		return -1
	}
	r := q + 1
	if r >= len(d.quotes) || !d.opensNextPara(q, r) {
		return -1
	}
	if v := d.replyCalls(q, r); v >= 0 && v != d.attr[r].Speaker && d.fits(m, v) {
		return v
	}
	return -1
}

// replyCalls returns the named person reply r calls whom line q does not
// call, neither being the narrator ("…," said the stranger. ¶ "Well, Ned,
// …"): the one a reply answers by name is the one who just spoke. It
// returns -1 when r calls no one, or no one else.
func (d *document) replyCalls(q, r int) int {
	v := d.vocativeIn(r)
	if v < 0 || v == d.vocativeIn(q) || v == d.index.narrator || !d.entities[v].proper {
		return -1
	}
	return v
}
