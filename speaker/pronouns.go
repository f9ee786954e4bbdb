package speaker

// narratorName is the name given to the first-person narrator of a text
// ("I said").
const narratorName = "Narrator"

// maxPronounReach is how many mentions back a pronoun looks for its
// antecedent.
const maxPronounReach = 40

// resolve returns the entity a mention refers to, resolving pronouns: "I"
// in the narration is the narrator; "he", "she" and "they" refer to the
// most recent compatible entity, preferring one whose gender is known to
// match.
func (d *document) resolve(mi int) int {
	m := &d.mentions[mi]
	if m.entity >= 0 || m.kind != MentionPronoun {
		return m.entity
	}
	switch {
	case m.person == 1 && !m.plural:
		m.entity = d.narrator()
	case m.person == 3:
		m.entity = d.antecedent(mi)
	}
	if m.entity >= 0 {
		e := &d.entities[m.entity]
		e.mentions = append(e.mentions, mi)
		if e.gender == GenderUnknown && e.kind != Organization && e.kind != Group {
			e.gender = m.gender
		}
	}
	return m.entity
}

// narrator returns the narrator entity, creating it on first use.
func (d *document) narrator() int {
	for e := range d.entities {
		if d.entities[e].name == narratorName && d.entities[e].proper {
			return e
		}
	}
	d.entities = append(d.entities, entity{name: narratorName, size: 1, kind: Person, proper: true})
	return len(d.entities) - 1
}

// antecedent finds the entity a third-person pronoun refers to.
func (d *document) antecedent(mi int) int {
	m := d.mentions[mi]
	fallback := -1
	for j, n := mi-1, 0; j >= 0 && n < maxPronounReach; j, n = j-1, n+1 {
		c := d.mentions[j]
		if c.kind == MentionPronoun || c.entity < 0 || c.place {
			continue
		}
		e := d.entities[c.entity]
		switch d.agreement(m, e) {
		case agreeExactly:
			return c.entity
		case agreeMaybe:
			if fallback < 0 {
				fallback = c.entity
			}
		}
	}
	return fallback
}

// agreement grades how well a pronoun fits an entity.
type agreement uint8

const (
	agreeNot agreement = iota
	agreeMaybe
	agreeExactly
)

// agreement compares a pronoun's number and gender with an entity's.
func (d *document) agreement(p mention, e entity) agreement {
	if p.plural {
		if e.kind == Group || e.kind == Organization {
			return agreeExactly
		}
		return agreeNot
	}
	if p.ekind == Organization {
		if e.kind == Organization {
			return agreeExactly
		}
		return agreeNot
	}
	if e.kind == Group || e.kind == Organization {
		return agreeNot
	}
	switch {
	case p.gender == GenderUnknown:
		return agreeMaybe
	case e.gender == p.gender:
		return agreeExactly
	case e.gender == GenderUnknown:
		return agreeMaybe
	}
	return agreeNot
}
