package speaker

// linkLeadingRoles gives, in news, a bare definite role that comes before
// anyone holding it is named ("The mayor insists …" in a column's first
// line) to the one named person the paragraphs below give that role
// ("Mayor Celia Drummond says …"): a report may call its subject by post
// first and name them later. The description must be the first mention
// of its entity and that entity must have no name; with two holders below,
// or none, it stays a description of its own.
func (d *document) linkLeadingRoles() {
	if d.genre != GenreNews {
		return
	}
	for i := range d.mentions {
		m := d.mentions[i]
		if !d.leadingRole(i, m) {
			continue
		}
		if e := d.roleHolderAfter(i, func(c mention) bool { return c.sentence != m.sentence }); e >= 0 {
			d.absorbEntity(m.entity, e)
		}
	}
}

// leadingRole reports mention i, m, as "the" and one role noun, of one
// person, that opens the mentions of an entity with no name.
func (d *document) leadingRole(i int, m mention) bool {
	if m.kind != MentionNominal || m.ekind != Person || m.plural || m.epithet || m.owner >= 0 || m.entity < 0 ||
		m.roles == "" || m.tok1-m.tok0 != 2 || d.info(m.tok0).lower != "the" || plainPersonNouns[m.roles] {
		return false
	}
	x := d.entities[m.entity]
	return !x.proper && len(x.mentions) > 0 && x.mentions[0] == i
}
