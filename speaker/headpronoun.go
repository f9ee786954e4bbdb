package speaker

// qualifiesHead reports, in news, a mention j that only qualifies the
// description before it ("nurses at the Alder Clinic", "lawyers for the
// firm") when that description fits pronoun m as well: the pronoun
// refers to the description, which is the phrase's head.
func (d *document) qualifiesHead(m mention, j int) bool {
	if d.genre != GenreNews || !m.plural {
		return false
	}
	h := d.headBeforeOf(j, 0)
	if h < 0 || d.mentions[h].kind != MentionNominal || d.mentions[h].entity < 0 {
		return false
	}
	return d.agreement(m, d.entities[d.mentions[h].entity]) == agreeExactly
}
