package speaker

// roleApposite returns, in news, the name that a role description i stands
// in apposition to, or -1: "Owen Briar, the health minister," and "the
// transport secretary, Helen Marsh," each give one person under two
// mentions. The description's head noun then becomes a role of the named
// person, so that a later "the minister" is that person too. A list ("the
// mayor, Ann Lee and her deputy") is no apposition.
func (d *document) roleApposite(i int) int {
	m := d.mentions[i]
	if d.genre != GenreNews || m.kind != MentionNominal || m.ekind != Person || m.owner >= 0 ||
		m.roles == "" || !appositeDeterminers[d.info(m.tok0).lower] || d.listWord(m.tok1) {
		return -1
	}
	if k := m.tok0 - 1; k > 0 && d.word(d.toks[k]) == "," {
		if j := d.mentionIn[k-1]; j >= 0 && j < i && d.mentions[j].tok1 == k && d.personName(j) && !d.listWord(k-1-(d.mentions[j].tok1-d.mentions[j].tok0)) {
			return j
		}
	}
	if k := d.pastShortOf(m.tok1); k+1 < len(d.toks) && d.word(d.toks[k]) == "," {
		if j := d.mentionIn[k+1]; j > i && d.mentions[j].tok0 == k+1 && d.personName(j) && !d.listWord(d.mentions[j].tok1) {
			return j
		}
	}
	return -1
}

// personName reports a name mention that may be a person's.
func (d *document) personName(j int) bool {
	n := d.mentions[j]
	return n.kind == MentionName && !n.core.Empty() && !n.place && mayBePerson(n.ekind)
}

// joinApposite returns the entity of name mention j, which a role
// description stands beside, joining the name first when it follows the
// description; the description's role becomes the entity's (not a
// relation: "the daughter of …", "the wife"), and its
// gender too when the name gives none; a name of unknown kind becomes a
// person's.
func (d *document) joinApposite(j, i int) int {
	n := &d.mentions[j]
	if n.entity < 0 {
		n.entity = d.joinName(j)
	}
	if n.entity < 0 {
		return -1
	}
	m, x := d.mentions[i], &d.entities[n.entity]
	if !familyNouns[m.roles] && !siblingNouns[m.roles] && !plainPersonNouns[m.roles] {
		d.index.addRoles(n.entity, []string{m.roles}) // not "the daughter of …"
	}
	if x.gender == GenderUnknown && m.gender != GenderUnknown {
		x.gender = m.gender // "the chairman" is a man
	}
	if x.kind == KindUnknown {
		x.kind = Person // "his wife, Mirren,": a one-word name described as a person is one
	}
	return n.entity
}

// appositeDeterminers open a role description that may stand beside a
// name ("the health minister", "a local teacher", "her lawyer").
var appositeDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}
