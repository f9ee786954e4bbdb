package speaker

import (
	"slices"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// wifeHonors are the honorifics that English sets before a husband's full
// name to name his wife ("Mrs. Roger Vale", "Lady Hugh Fane").
var wifeHonors = map[string]bool{"mrs": true, "lady": true}

// wifeSurname returns the surname span of name mention i when it names a
// wife by her husband's full name: "Mrs." or "Lady" before a given name
// that is a man's, by the first-name lexicon or because the text has
// already named a man so ("Mr. Lucas Orme" before "Mrs. Lucas Orme").
// Such a mention is the woman "Mrs. Orme", never the man.
func (d *document) wifeSurname(i int, name string, keys []string) (Span, bool) {
	m := d.mentions[i]
	words := strings.Fields(name)
	if !wifeHonors[m.honor] || len(words) < 2 || len(keys) < 2 {
		return Span{}, false
	}
	if !isMansName(words[0]) && !d.namedMan(i, keys) && !d.namedUnsure(i, keys) {
		return Span{}, false
	}
	for k := m.tok1 - 1; k > m.tok0; k-- {
		if t := d.toks[k]; t.Start < m.core.End && d.word(t) != "." {
			return Span{Start: t.Start, End: m.core.End}, true
		}
	}
	return Span{}, false
}

// namedMan reports a man named before mention i by exactly the words keys
// ("Mr. Lucas Orme", "Captain Lucas Orme"), with no woman's honorific.
func (d *document) namedMan(i int, keys []string) bool {
	for _, e := range d.index.related(keys, nil) {
		x := &d.entities[e]
		if !x.proper || x.size != len(keys) || !subset(keys, x.keys) || slices.ContainsFunc(x.honors, func(h string) bool { return familyHonors[h] }) {
			continue
		}
		if x.gender == Male {
			return true
		}
	}
	return false
}

// joinWife finds or creates the entity of name mention i, a wife named by
// her husband's full name, as the woman of that surname ("Mrs. Vale"); the
// entity keeps the name as written ("Mrs. Roger Vale") among its forms.
func (d *document) joinWife(i int, surname Span, full string) int {
	m := &d.mentions[i]
	m.core, m.gender = surname, Female
	e := d.joinName(i)
	if e < 0 {
		return e
	}
	x := &d.entities[e]
	x.dropVariant(oneSpaced(surname.Text(d.text)))
	x.addVariant(wifeTitle(m.honor, m.bare)+" "+full, len(strings.Fields(full)))
	return e
}

// isMansName reports a given name that the first-name lexicon gives to men.
func isMansName(w string) bool {
	g, ok := lexicon.FirstNameGender(w)
	return ok && g == lexicon.Male
}

// wifeTitle writes the wife's honorific h ("mrs" or "lady") in a name,
// without its full stop when the text writes it bare.
func wifeTitle(h string, bare bool) string {
	if t := honorName(h, bare); t != "" {
		return t
	}
	return "Lady"
}

// dropVariant takes back one use of a name.
func (x *entity) dropVariant(name string) {
	for i := range x.variants {
		if x.variants[i].name == name {
			if x.variants[i].count--; x.variants[i].count == 0 {
				x.variants = slices.Delete(x.variants, i, i+1)
			}
			return
		}
	}
}
