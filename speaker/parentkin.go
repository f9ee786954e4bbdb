package speaker

import "slices"

// childNouns describe someone as a parent's child ("his second daughter").
var childNouns = map[string]bool{"daughter": true, "son": true}

// parentKin names the relatives of a child who are its parent or the
// parent's spouse, and so bear the parent's surname.
var parentKin = map[string]bool{
	"mother": true, "mamma": true, "mama": true, "father": true, "papa": true,
}

// parentOfChild resolves the owner of a relative like "her mother" when that
// owner is known only as someone's child ("he addressed his second daughter
// … "…," said her mother"): the child's parent, named with a surname, is
// the family the relative belongs to. It returns the parent and whether the
// parent is the relative itself (the father of "his daughter" is he), or
// -1 when the owner is no described child.
func (d *document) parentOfChild(owner int, rel, honor string) (parent int, self bool) {
	if owner < 0 || d.entities[owner].proper || !parentKin[rel] || len(d.entities[owner].mentions) == 0 {
		return -1, false
	}
	ci := d.entities[owner].mentions[0]
	if c := d.mentions[ci]; c.kind != MentionNominal || !childNouns[c.roles] {
		return -1, false
	}
	p := d.descriptionOwner(ci)
	if p < 0 || !d.entities[p].proper {
		return -1, false
	}
	return p, slices.Contains(d.entities[p].honors, honor)
}
