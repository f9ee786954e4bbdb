package speaker

// learnGenders gives a gender to named people the lexicons leave unknown
// (surnames, rare first names), or correct a gender guessed from a first
// name, from the pronouns the text uses for them: a
// sentence whose subject is the name and which goes on with "he" or "she",
// with no other person named between, is one vote. A clear majority of at
// least two votes decides.
func (d *document) learnGenders() {
	votes := make([][2]int, len(d.entities))
	for i := 0; i < len(d.mentions); i++ {
		m := d.mentions[i]
		if m.kind != MentionName || m.entity < 0 || d.entities[m.entity].sure || d.entities[m.entity].kind != Person && d.entities[m.entity].kind != KindUnknown {
			continue
		}
		if g := d.nextPronounGender(i); g != GenderUnknown {
			votes[m.entity][g-Male]++
		}
	}
	for e, v := range votes {
		switch {
		case v[0] >= 2 && v[0] >= 3*v[1]:
			d.entities[e].gender = Male
		case v[1] >= 2 && v[1] >= 3*v[0]:
			d.entities[e].gender = Female
		}
	}
}

// nextPronounGender returns the gender of the first he or she after name
// mention i in its sentence or the next one, when no other person is
// mentioned between.
func (d *document) nextPronounGender(i int) Gender {
	sent := d.mentions[i].sentence
	for j := i + 1; j < len(d.mentions) && d.mentions[j].sentence <= sent+1; j++ {
		c := d.mentions[j]
		if c.kind == MentionPronoun {
			if c.person == 3 && !c.plural {
				return c.gender
			}
			continue
		}
		if c.entity != d.mentions[i].entity && (c.ekind == Person || c.ekind == KindUnknown) {
			return GenderUnknown
		}
	}
	return GenderUnknown
}
