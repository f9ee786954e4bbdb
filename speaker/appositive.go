package speaker

// appositiveEntity returns the entity of the description of a person that
// indefinite description mi stands beside, after a comma or a dash, to
// say more of who they are ("our guide, a quiet fellow with bright eyes"),
// or -1: the character keeps the description that brought them in, and
// lines tagged with either are theirs. A description next to "and" or
// "or" is one of a list ("the doctor, a nurse and two porters") and
// stands beside nobody; nor does one of the other sex.
func (d *document) appositiveEntity(mi int) int {
	m := d.mentions[mi]
	w := d.info(m.tok0).lower
	if w != "a" && w != "an" || m.ekind != Person || m.plural || m.tok0 < 2 {
		return -1
	}
	k := m.tok0 - 1 // the separator: a comma or a dash, which may be written "--"
	if d.word(d.toks[k]) != "," {
		for k > 0 && isDash(d.word(d.toks[k-1])) {
			k--
		}
		if !isDash(d.word(d.toks[k])) {
			return -1
		}
	}
	if k < 1 || d.listWord(m.tok1) {
		return -1
	}
	j := d.mentionIn[k-1]
	if j < 0 || j >= mi || d.mentions[j].tok1 != k || d.mentions[j].sentence != m.sentence {
		return -1
	}
	c := d.mentions[j]
	if c.kind != MentionNominal || c.ekind != Person || c.plural || c.entity < 0 || d.entities[c.entity].proper || d.listWord(c.tok0-1) {
		return -1
	}
	if c.gender != GenderUnknown && m.gender != GenderUnknown && c.gender != m.gender {
		return -1
	}
	return c.entity
}

// listWord reports a conjunction ("and", "or", "nor") at token k, which
// makes a run of commas a list rather than an apposition.
func (d *document) listWord(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].kind != tokWord {
		return false
	}
	w := d.info(k).lower
	return w == "and" || w == "or" || w == "nor"
}

// appositiveJoin gives description mi to the person it stands beside
// (appositiveEntity), who takes its sex when theirs is unknown ("our
// guide, a quiet fellow": a man; in news "another resident, a man in his
// sixties who asked not to be named,"); it returns that entity or -1.
func (d *document) appositiveJoin(mi int) int {
	e := d.appositiveEntity(mi)
	if e >= 0 && d.entities[e].gender == GenderUnknown {
		d.entities[e].gender = d.mentions[mi].gender
	}
	return e
}
