package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// givenNameOverride is how many pronoun votes, with none agreeing, undo
// the gender of a person's given name: one "he" after "While Bridget
// laid the table," is most often someone else's.
const givenNameOverride = 4

// keepsGivenGender reports an entity whose gender comes from its given
// name ("Bridget", "Bridget Marr") and that pronoun votes v (male,
// female) do not overwhelm: fewer than givenNameOverride against it, or
// any for it. Outside fiction a lone word is more often a surname, so
// only a full name opening with the given name counts there.
func (d *document) keepsGivenGender(e int, v [2]int) bool {
	x := &d.entities[e]
	if x.gender != Male && x.gender != Female || !d.givenNamed(x) {
		return false
	}
	agree, against := v[0], v[1]
	if x.gender == Female {
		agree, against = against, agree
	}
	return agree > 0 || against < givenNameOverride
}

// givenNamed reports an entity the text calls by a given name of its
// gender.
func (d *document) givenNamed(x *entity) bool {
	for _, v := range x.variants {
		first, _, full := strings.Cut(v.name, " ")
		if !full && d.genre != GenreFiction {
			continue
		}
		if g, ok := lexicon.FirstNameGender(first); ok && genderOf(g) == x.gender {
			return true
		}
	}
	return false
}
