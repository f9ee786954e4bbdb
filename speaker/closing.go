package speaker

// closingNamedSubject returns the named person who is the subject of the
// sentence of narration right before quotation q, which opens its
// paragraph ("Then Tom grinned and rubbed his hands. ¶
// "Still," said he."): the first mention of that sentence's main clause that
// is not the object of a preposition, resolved to a named character the
// text mentions more than once. It returns -1 otherwise, and when that
// sentence holds a quotation of its own.
func (d *document) closingNamedSubject(q int) int {
	qt := d.quoteTok[q]
	if qt <= 0 || qt != d.paraTok[d.quotePara[q]] {
		return -1
	}
	k := qt - 1
	for k >= 0 && d.toks[k].kind == tokPunct {
		k--
	}
	if k < 0 || d.toks[k].kind == tokQuote {
		return -1
	}
	sent := d.toks[k].sent
	lo := k
	for lo > 0 && d.toks[lo-1].sent == sent && d.toks[lo-1].kind != tokQuote {
		lo--
	}
	if lo > 0 && d.toks[lo-1].sent == sent {
		return -1 // the sentence goes on from a quotation
	}
	lo = d.pastSubordinate(lo, k+1) // "While he was looking, Tom coughed."
	for j := lo; j <= k; j++ {
		mi := d.mentionAt[j]
		if mi < 0 || d.oblique(d.mentions[mi]) {
			continue
		}
		m := d.mentions[mi]
		if m.kind == MentionPronoun && (!m.subject || m.person != 3) || m.plural || m.place || m.collective() || !d.canSpeak(mi) {
			return -1
		}
		e := d.resolve(d.lastJoinedSubject(mi, k+1))
		if e < 0 || d.entities[e].kind != Person || !d.entities[e].proper || len(d.entities[e].mentions) < 2 {
			return -1 // a capitalised word read once as a name is no one to follow
		}
		return e
	}
	return -1
}
