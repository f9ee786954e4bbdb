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
		d.bind(mi, d.narrator())
	case d.usesSalience(*m):
		d.readTo(mi + 1)
	case m.person == 3:
		if e := d.priorSource(mi); e >= 0 {
			d.bind(mi, e) // "X said …. “Q,” she said.": the source just quoted
			break
		}
		d.bind(mi, d.antecedent(mi, d.citer(mi)))
	}
	return m.entity
}

// bind makes pronoun mention mi refer to entity e (or to none for -1),
// which learns the pronoun's gender when it had none.
func (d *document) bind(mi, e int) {
	m := &d.mentions[mi]
	m.entity = e
	if e < 0 {
		return
	}
	x := &d.entities[e]
	x.mentions = append(x.mentions, mi)
	if x.gender == GenderUnknown && x.kind != Organization && x.kind != Group {
		x.gender = m.gender
	}
}

// narrator returns the narrator entity, creating it on first use.
func (d *document) narrator() int {
	if d.index.narrator < 0 {
		d.index.narrator = d.addEntity(entity{name: narratorName, size: 1, kind: Person, proper: true})
	}
	return d.index.narrator
}

// maxSentencesBack is how many sentences before its own a pronoun looks
// for its antecedent.
const maxSentencesBack = 30

// antecedent finds the entity a third-person pronoun refers to. It reads
// the pronoun's sentence and then the sentences before it, and in each
// prefers the subject (the first mention) and named entities over
// descriptions; an entity whose gender matches beats one whose gender is
// unknown wherever it stands.
func (d *document) antecedent(mi, exclude int) int {
	return d.antecedentOf(d.mentions[mi], mi, exclude)
}

// antecedentOf finds the entity pronoun m refers to, reading the mentions
// before mention index mi; entity exclude (or -1) is never the answer,
// as the person a quotation addresses is not its speaker.
func (d *document) antecedentOf(m mention, mi, exclude int) int {
	fallback, fallbackNamed := -1, -1
	j := mi - 1
	for back := 0; back <= maxSentencesBack && j >= 0; back++ {
		sent := d.mentions[j].sentence
		if back == 0 {
			sent = m.sentence
		}
		lo := j
		for lo >= 0 && d.mentions[lo].sentence == sent {
			lo--
		}
		e, ok, fb := d.antecedentIn(m, lo+1, j, exclude)
		if ok {
			return e
		}
		if back == 0 && d.sameSentenceName(fb) {
			return fb
		}
		if fallback < 0 {
			fallback = fb
		}
		if fallbackNamed < 0 && fb >= 0 && d.entities[fb].proper {
			fallbackNamed = fb
		}
		j = lo
	}
	if fallbackNamed >= 0 {
		return fallbackNamed
	}
	return fallback
}

// sameSentenceName reports whether news should take entity e, a name in
// the pronoun's own sentence whose gender is unknown, over a name of the
// right gender sentences back: "Lee said it was an attack, which he
// called a disgrace" speaks of Lee, whatever man was named before.
func (d *document) sameSentenceName(e int) bool {
	return e >= 0 && d.genre == GenreNews && d.entities[e].proper
}

// antecedentIn searches mentions [lo, hi] of one sentence, subject first
// and names before descriptions. It returns an entity that agrees exactly,
// or the best partial match as fallback.
func (d *document) antecedentIn(m mention, lo, hi, exclude int) (entity int, exact bool, fallback int) {
	fallback = -1
	for pass := 0; pass < 2; pass++ {
		for j := lo; j <= hi; j++ {
			c := d.mentions[j]
			if c.kind == MentionPronoun || c.entity < 0 || c.entity == exclude || c.place || (pass == 0) != d.entities[c.entity].proper {
				continue
			}
			if d.qualifiesHead(m, j) {
				continue // "Nurses at the Alder Clinic … They said": the nurses, not the clinic
			}
			switch d.agreement(m, d.entities[c.entity]) {
			case agreeExactly:
				return c.entity, true, fallback
			case agreeMaybe:
				if fallback < 0 {
					fallback = c.entity
				}
			}
		}
	}
	return -1, false, fallback
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
		if d.unmarkedName(e) {
			return agreeMaybe
		}
		return agreeNot
	}
	if e.kind != Person {
		return agreeNot // a bare name of unknown kind may be a place
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
