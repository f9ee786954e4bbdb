package speaker

import (
	"slices"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// kinship gives, for a noun of family relation, the honorific its referent
// bears when the family shares the possessor's surname: "his wife" of Mr.
// Whitby is Mrs. Whitby.
var kinship = map[string]string{
	"wife": "mrs", "lady": "mrs", "mother": "mrs", "mamma": "mrs", "mama": "mrs",
	"husband": "mr", "father": "mr", "papa": "mr",
	"daughter": "miss", "sister": "miss",
}

// honorificNames writes family honorifics in names.
var honorificNames = map[string]string{"mr": "Mr.", "mrs": "Mrs.", "miss": "Miss", "ms": "Ms."}

// relative resolves a description of family relation with a possessive
// ("his wife", "her mother", "Nora's mother"), the subject of the cue of quotation q, to
// the member of the possessor's family who
// bears the matching honorific, creating "Mrs. X" or "Mr. X" when the text
// has not named them yet. It returns -1 when the description is not of
// that kind or the possessor is unknown.
func (d *document) relative(q, mi int) int {
	m := d.mentions[mi]
	honor, rel := kinship[m.roles]
	if !rel {
		return -1
	}
	owner, named := d.namedOwner(m) // "Nora's mother"
	if !named {
		p, ok := lexicon.LookupPronoun(d.word(d.toks[m.tok0]))
		if !ok || !p.Case.Has(lexicon.CaseDeterminer) || p.Person != 3 || p.Number == lexicon.Plural {
			return -1
		}
		pm := mention{kind: MentionPronoun, person: 3, gender: genderOf(p.Gender), ekind: Person, sentence: m.sentence}
		owner = d.antecedentOf(pm, mi, -1)
		if v := d.vocativeIn(q); v >= 0 && d.agreement(pm, d.entities[v]) != agreeNot {
			owner = v // "said his lady to him": the man she addresses
		}
		if p, self := d.parentOfChild(owner, m.roles, honor); self {
			return p // "said her father" of "his daughter"
		} else if p >= 0 {
			owner = p // "said her mother" of "his daughter"
		}
	}
	if owner < 0 || !d.entities[owner].proper || len(d.entities[owner].keys) == 0 || !hasSurname(d.entities[owner]) {
		return d.honouredBefore(mi, honor, owner)
	}
	x := d.entities[owner]
	surname := lastWord(x.canonicalName())
	key := strings.ToLower(surname)
	for _, e := range d.index.holding([]string{key}) {
		y := d.entities[e]
		if e != owner && y.proper && slices.Contains(y.honors, honor) {
			return e
		}
	}
	if honor == "miss" {
		return -1
	}
	g := Female
	if honor == "mr" {
		g = Male
	}
	name := honorName(honor, x.bare) + " " + surname
	return d.addEntity(entity{name: name, size: 1, kind: Person, gender: g, keys: []string{key},
		honors: []string{honor}, bare: x.bare, proper: true, sure: true, variants: []variant{{name: name, size: 1, count: 1}}})
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// hasSurname reports an entity whose name ends in a family name: two
// words or more, or a family honorific with one word ("Mrs. Whitby").
func hasSurname(x entity) bool {
	name := x.canonicalName()
	if strings.Contains(name, " ") {
		return !isTitleWord(name[:strings.IndexByte(name, ' ')]) || len(x.honors) > 0
	}
	return false
}

// kinWindow is how many mentions back honouredBefore looks.
const kinWindow = 200

// honouredBefore returns the person named last before mention mi with
// honorific honor ("Mrs. Whitby" for "her mother" when the daughter is
// known only as "Elizabeth"), other than entity owner; -1 when there is
// none nearby, or for "miss", which fits several sisters.
func (d *document) honouredBefore(mi int, honor string, owner int) int {
	if honor == "miss" {
		return -1
	}
	for j := mi - 1; j >= 0 && j >= mi-kinWindow; j-- {
		c := d.mentions[j]
		if c.kind != MentionName || c.entity < 0 || c.entity == owner {
			continue
		}
		if x := d.entities[c.entity]; x.proper && slices.Contains(x.honors, honor) {
			return c.entity
		}
	}
	return -1
}
