package speaker

import (
	"strings"
	"unicode"
)

// learnGenders gives a gender to named people the lexicons leave unknown
// (surnames, rare first names), or correct a gender guessed from a first
// name, from the pronouns the text uses for them: a
// sentence whose subject is the name and which goes on with "he" or "she",
// with no other person named between, is one vote. A clear majority of at
// least two votes decides, except against the gender of a given name
// (keepsGivenGender).
func (d *document) learnGenders() {
	votes := make([][2]int, len(d.entities))
	for i := 0; i < len(d.mentions); i++ {
		m := d.mentions[i]
		if m.kind != MentionName || m.entity < 0 || d.entities[m.entity].sure || d.entities[m.entity].place || !mayBePerson(d.entities[m.entity].kind) {
			continue
		}
		if !d.opensSentence(i) {
			continue
		}
		if g := d.nextPronounGender(i); g != GenderUnknown {
			votes[m.entity][g-Male]++
		}
	}
	for e, v := range votes {
		if d.keepsGivenGender(e, v) {
			continue
		}
		switch {
		case v[0] >= 2 && v[0] >= 3*v[1]:
			d.entities[e].gender, d.entities[e].kind = Male, Person
		case v[1] >= 2 && v[1] >= 3*v[0]:
			d.entities[e].gender, d.entities[e].kind = Female, Person
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
		if c.entity != d.mentions[i].entity && mayBePerson(c.ekind) {
			return GenderUnknown
		}
	}
	return GenderUnknown
}

// opensSentence reports a mention that is its sentence's subject: the
// first mention, within the sentence's first three tokens.
func (d *document) opensSentence(i int) bool {
	if !d.firstInSentence(i) {
		return false
	}
	m := d.mentions[i]
	k := m.tok0
	for n := 0; n < 3 && k > 0 && d.toks[k-1].sent == m.sentence && d.toks[k-1].kind != tokQuote; n++ {
		k--
	}
	return k == 0 || d.toks[k-1].sent != m.sentence || d.toks[k-1].kind == tokQuote
}

// learnPeople marks as people the named entities of unknown kind that a
// speech verb makes speak somewhere in the text ("Hartley said"), so
// that pronouns can refer to them. In fiction, a name first read as an
// organisation ("the Mole" in a fable) becomes a person when speech verbs
// make it speak at least speakingOrg times, and a name the text always
// writes after "the" and never makes speak ("the Lady Jane", a boat) is
// not a person.
func (d *document) learnPeople() {
	speaks := make([]int, len(d.entities))
	for ci, c := range d.cues {
		if c.according {
			continue
		}
		p := d.paraOf(c.tok0)
		mi := d.subjectOf(ci, d.paraTok[p], d.paraTok[p+1])
		if mi < 0 || d.mentions[mi].kind != MentionName || d.mentions[mi].entity < 0 {
			continue
		}
		speaks[d.mentions[mi].entity]++
		if e := &d.entities[d.mentions[mi].entity]; e.kind == KindUnknown {
			e.kind = Person
		}
	}
	if d.genre != GenreFiction {
		return
	}
	for e := range d.entities {
		x := &d.entities[e]
		switch {
		case x.kind == Organization && speaks[e] >= speakingOrg:
			d.setKind(e, Person)
		case x.kind == Person && speaks[e] == 0 && !x.sure && x.proper && d.alwaysAfterThe(e):
			d.setKind(e, Organization)
		}
	}
}

// speakingOrg is how many speech cues make a fiction name first read as an
// organisation a person.
const speakingOrg = 3

// setKind makes entity e and its name mentions of kind k.
func (d *document) setKind(e int, k EntityKind) {
	d.entities[e].kind = k
	for _, mi := range d.entities[e].mentions {
		if m := &d.mentions[mi]; m.kind == MentionName {
			m.ekind = k
		}
	}
}

// alwaysAfterThe reports an entity named at least twice, nearly always
// (three times in four) right after "the", perhaps with one lower-case word
// between ("the _Kestrel_", "the dainty Kestrel").
func (d *document) alwaysAfterThe(e int) bool {
	the, n := 0, 0
	for _, mi := range d.entities[e].mentions {
		m := d.mentions[mi]
		if m.kind != MentionName {
			continue
		}
		n++
		before := d.text[max(0, m.Start-24):m.Start]
		w := cutLastWord(&before)
		if w != "" && unicode.IsLower(rune(w[0])) && !strings.EqualFold(w, "the") {
			w = cutLastWord(&before)
		}
		if strings.EqualFold(w, "the") {
			the++
		}
	}
	return the >= 2 && 4*the >= 3*n
}

// cutLastWord cuts the last word (letters and apostrophes) off *s, skipping
// spaces and emphasis marks after it, and returns it.
func cutLastWord(s *string) string {
	t := strings.TrimRight(*s, " \t\r\n_*")
	i := strings.LastIndexAny(t, " \t\r\n_*\"“‘(")
	*s = t[:i+1]
	return t[i+1:]
}
