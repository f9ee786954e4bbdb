package speaker

import "strings"

// soleIntroducedJoin gives news' definite description i, named name and
// not yet met, to the unnamed person an earlier indefinite description
// brought in (soleIntroduced). The entity takes the definite name, by
// which the report goes on calling its source, and the description stands
// for that person wherever it comes again. It returns the entity or -1.
func (d *document) soleIntroducedJoin(i int, name string) int {
	e := d.soleIntroduced(i)
	if e >= 0 {
		d.index.byDesc[name] = e
		x := &d.entities[e]
		x.name, x.size = name, len(strings.Fields(name))
	}
	return e
}

// soleIntroduced returns, in news, the entity of the one unnamed person an
// earlier indefinite description brought into the story ("one senior
// civil servant", "an official") when bare definite description i ("the
// official") names a person of the same calling, or -1. A report goes on
// calling its anonymous source by the class of the noun that introduced
// them; when two people of that calling have been met before i, or one of
// them is named, the description is left alone. Unlike anaphorEntity it
// takes a noun that says only that someone is a person ("a woman" … "the
// woman"), since the earlier description is of the same words.
func (d *document) soleIntroduced(i int) int {
	m := d.mentions[i]
	if d.genre != GenreNews || m.epithet || m.tok1-m.tok0 != 2 || d.info(m.tok0).lower != "the" ||
		m.ekind != Person || m.plural {
		return -1
	}
	class := d.calling(m)
	found := -1
	for j := i - 1; j >= 0 && j >= i-introReach; j-- {
		c := d.mentions[j]
		if c.kind != MentionNominal || c.ekind != Person || c.plural || c.epithet || c.entity < 0 || c.entity == found ||
			d.calling(c) != class {
			continue
		}
		if found >= 0 || d.entities[c.entity].proper {
			return -1
		}
		found = c.entity
	}
	if found < 0 || !d.introducesOne(d.mentions[d.entities[found].mentions[0]]) {
		return -1
	}
	return found
}

// introducesOne reports a description of one person opening with "a",
// "an" or "one" and no predicate ("was an official"): it brings an unnamed
// person into the story.
func (d *document) introducesOne(c mention) bool {
	w := d.info(c.tok0).lower
	return (w == "a" || w == "an" || w == "one") && c.owner < 0 && !d.predicative(c)
}

// calling returns the class of the head noun of description m: the noun
// itself, or the first noun of its group when English has several words
// for the one calling ("the official" for "a civil servant", "the
// clergyman" for "the vicar").
func (d *document) calling(m mention) string {
	if m.roles == "servant" && m.tok1-m.tok0 >= 2 && d.info(m.tok1-2).lower == "civil" {
		return "official"
	}
	if k, ok := officialKin[m.roles]; ok {
		return k
	}
	if k, ok := roleKin[m.roles]; ok {
		return k
	}
	return m.roles
}

// officialKin maps the nouns news uses for a person who works in a
// government's service to "official".
var officialKin = map[string]string{
	"official": "official", "bureaucrat": "official", "functionary": "official", "mandarin": "official",
}
