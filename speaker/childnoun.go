package speaker

import "slices"

// youngNouns are head nouns that describe a child ("the boy", "the
// child"): such a description does not stand for a grown person.
var youngNouns = map[string]bool{
	"child": true, "boy": true, "lad": true, "laddie": true, "kid": true, "baby": true,
	"infant": true, "urchin": true, "youngster": true, "schoolboy": true, "schoolgirl": true,
	"toddler": true, "tot": true,
}

// adultHonors are the honorifics that mark a grown person ("Mr.",
// "Mrs."), unlike "Miss" and "Master", which are also given to children.
var adultHonors = []string{"mr", "mrs", "ms", "sir", "madam", "madame", "mme", "monsieur", "dr", "lord", "lady", "herr", "frau", "signor", "signora", "senor", "senora", "rev", "professor", "prof"}

// childOfAdult reports a description of a child (nominal mention m, "the
// boy") set against entity e, whom the text calls by an honorific of a
// grown person ("Mr. Vane"): the child is someone else.
func (d *document) childOfAdult(m mention, e int) bool {
	if m.kind != MentionNominal || !youngNouns[m.roles] {
		return false
	}
	return slices.ContainsFunc(d.entities[e].honors, func(h string) bool { return slices.Contains(adultHonors, h) })
}
