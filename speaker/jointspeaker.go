package speaker

import "strings"

// jointSpeaker returns, in news, the entity for two people named together
// as the subject of one cue ("Ada Moss and Ben Pellow said in a statement"):
// the pair speaks, not its first name alone. mi is the cue's subject
// mention, e its entity and ci the cue; it returns e unchanged unless
// another person's name and "and" come right before the subject.
func (d *document) jointSpeaker(mi, e, ci int) int {
	m := d.mentions[mi]
	if d.genre != GenreNews || ci < 0 || m.kind != MentionName || m.place || d.entities[e].kind != Person {
		return e
	}
	for k := m.tok1; k < d.cues[ci].tok0 && k < len(d.toks); k++ {
		if d.toks[k].kind == tokPunct || d.toks[k].kind == tokQuote {
			return e // the cue belongs to a later clause ("…, with Ada Moss promising")
		}
	}
	if j := d.nameAfterAnd(m, ci); j >= 0 {
		return d.pairWith(e, j, false)
	}
	k := m.tok0 - 1 // "Ada Moss and Ben Pellow said": the subject found may be the second name
	if k < 1 || d.toks[k].kind != tokWord || d.info(k).lower != "and" {
		return e
	}
	j := d.mentionIn[k-1]
	if j < 0 || d.mentions[j].kind != MentionName || d.mentions[j].place || d.mentions[j].tok1 != k {
		return e
	}
	if c := d.mentions[j].tok0 - 1; c >= 0 && (d.toks[c].kind == tokWord && d.info(c).lower == "and" || d.toks[c].kind == tokPunct && d.word(d.toks[c]) == ",") {
		return e // a list of three or more, or a name inside a clause, is not read
	}
	return d.pairWith(e, j, true)
}

// nameAfterAnd returns the name mention that follows subject m after
// "and" and ends before cue ci ("Ada Moss and Ben Pellow issued a
// statement"); -1 when there is none or a third name follows.
func (d *document) nameAfterAnd(m mention, ci int) int {
	k := m.tok1
	if k+1 >= len(d.toks) || d.cues[ci].tok0 <= k+1 || d.toks[k].kind != tokWord || d.info(k).lower != "and" {
		return -1
	}
	j := d.mentionAt[k+1]
	if j < 0 || d.mentions[j].kind != MentionName || d.mentions[j].place || d.mentions[j].tok1 > d.cues[ci].tok0 {
		return -1
	}
	if c := d.mentions[j].tok1; c < len(d.toks) && d.toks[c].kind == tokWord && d.info(c).lower == "and" {
		return -1
	}
	return j
}

// pairWith returns the pair of entity e and the person mention j names,
// j first when first is set; e when j names no other person.
func (d *document) pairWith(e, j int, first bool) int {
	f := d.resolve(j)
	if f < 0 || f == e || d.entities[f].kind != Person {
		return e
	}
	if first {
		return d.pairEntity(f, e)
	}
	return d.pairEntity(e, f)
}

// pairEntity returns the entity of people e and f speaking together,
// creating it on first use.
func (d *document) pairEntity(e, f int) int {
	name := d.entities[e].nameBy(false) + " and " + d.entities[f].nameBy(false)
	for x := range d.entities {
		if d.entities[x].kind == Group && d.entities[x].proper && d.entities[x].name == name {
			return x
		}
	}
	size := len(strings.Fields(name))
	return d.addEntity(entity{name: name, size: size, kind: Group, proper: true, variants: []variant{{name: name, size: size, count: 1}}})
}
