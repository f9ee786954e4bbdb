package speaker

// anaphorEntity returns, in news, the entity of the person named last
// before the bare definite description i ("the keeper", "the striker":
// "the" and one role noun) in its own paragraph, or -1. A story names
// someone and goes on with a plain role noun ("Brandvold did not hesitate.
// ... the keeper said"). A description of someone else in between ("a
// neighbour", "a senior official") blocks it, as does a noun that says no
// more than that it is a person ("the man", "the woman"), which reports
// introduce unnamed people with; with no name before it in the paragraph
// the description stays its own speaker ("the official said"). A
// description in apposition to a name in an earlier sentence ("Hughes,
// the captain, was booked.") stands for that name; in the same sentence
// the role is someone else ("Finch, a spokesman for the mayor,").
func (d *document) anaphorEntity(i int) int {
	m := d.mentions[i]
	if d.genre != GenreNews || m.epithet || m.tok1-m.tok0 != 2 || d.info(m.tok0).lower != "the" ||
		m.ekind != Person || plainPersonNouns[m.roles] {
		return -1
	}
	p := d.paraOf(m.tok0)
	for j := i - 1; j >= 0 && d.paraOf(d.mentions[j].tok0) == p; j-- {
		x := d.mentions[j]
		if x.epithet && d.namesEpithet(x) {
			return x.entity // "The 23-year-old struck twice. … the striker said"
		}
		if x.kind == MentionNominal && x.ekind == Person && x.sentence != m.sentence && j > 0 && d.appositiveOfName(j) {
			return x.entity // "Hughes, the captain, apologised. … the midfielder said"
		}
		if x.kind == MentionNominal && x.ekind == Person && !x.epithet {
			return -1
		}
		if d.namesPerson(x) {
			return x.entity
		}
	}
	return -1
}

// plainPersonNouns say only that someone is a person, of an age or sex.
var plainPersonNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "person": true, "child": true,
	"guy": true, "lady": true, "gentleman": true, "individual": true, "stranger": true,
}

// appositiveOfName reports description j set off by a comma right after a
// name of the same person ("Cal Hughes, the captain,").
func (d *document) appositiveOfName(j int) bool {
	x, n := d.mentions[j], d.mentions[j-1]
	return x.entity >= 0 && n.entity == x.entity && d.namesPerson(n) && n.tok1+1 == x.tok0 &&
		d.word(d.toks[n.tok1]) == ","
}

// namesEpithet reports an epithet ("the 23-year-old") already given to a
// named person.
func (d *document) namesEpithet(x mention) bool {
	return x.entity >= 0 && d.entities[x.entity].proper && d.entities[x.entity].kind == Person
}
