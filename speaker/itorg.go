package speaker

// unmarkedName reports, in news, a proper name that nothing marks as a
// person: no title, honorific or role word, no known first name, no
// gender learnt from "he" or "she". Such a name ("Corbel Glassworks", read as
// a person only for having two words) may be the organisation that a
// later "it" stands for ("Corbel Glassworks shut the kilns. It said …").
func (d *document) unmarkedName(e entity) bool {
	if d.genre != GenreNews || !e.proper || e.known != nil {
		return false
	}
	if !mayBePerson(e.kind) {
		return false
	}
	return e.gender == GenderUnknown && len(e.roles) == 0 && len(e.honors) == 0 && !startsWithFirstName(e.name)
}
