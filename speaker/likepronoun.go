package speaker

// likePronounBefore returns the named person that a pronoun of pronoun
// m's gender and number means when it stands before name mention j in j's
// sentence (mentions [lo, j)) and j does not open a clause ("He thanked
// Bertram", "a tale which Bertram had told him"): the name is someone else
// than that pronoun, and the sentence is about the pronoun's person, whom
// m more likely means too. It returns -1 otherwise, and when the name
// opens a clause ("While he read, Bertram slept"), whose subject it is.
func (d *document) likePronounBefore(m mention, lo, j int) int {
	if m.gender == GenderUnknown || d.startsMainClause(d.mentions[j].tok0) {
		return -1
	}
	for k := lo; k < j; k++ {
		c := d.mentions[k]
		if c.sentence == d.mentions[j].sentence && c.thirdSingular() && c.gender == m.gender && c.entity >= 0 && d.entities[c.entity].proper {
			return c.entity
		}
	}
	return -1
}

// startsMainClause reports a token that starts its sentence or follows a
// comma, a semicolon, a colon or "and", "but" or "or": where a main
// clause, after what stands before it or beside another, may start with
// its subject.
func (d *document) startsMainClause(k int) bool {
	if k == 0 || d.toks[k-1].sent != d.toks[k].sent {
		return true
	}
	switch d.word(d.toks[k-1]) {
	case ",", ";", ":", "and", "but", "or", "And", "But", "Or":
		return true
	}
	return false
}
