package speaker

import (
	"slices"
	"strings"
)

// unsureWife is a name mention "Mrs. Ansel Quint" read as the wife of an
// "Ansel Quint" the text named before without a title and whose gender
// was not known yet.
type unsureWife struct {
	mention int // the "Mrs." mention
	bare    int // the entity named by the bare full name
}

// namedUnsure reports, and remembers, a person named before mention i by
// exactly the words keys with no title and no gender the lexicon knows
// ("Ansel Quint" before "Mrs. Ansel Quint"). The old convention makes
// "Mrs." with a full name the man's wife, so she is kept apart until the
// pronouns have told whether the bare name is a man's (regroupWives).
func (d *document) namedUnsure(i int, keys []string) bool {
	for _, e := range d.index.related(keys, nil) {
		x := &d.entities[e]
		if e < d.known || !x.proper || x.gender != GenderUnknown || x.kind == Organization || x.size != len(keys) ||
			!subset(keys, x.keys) || len(x.honors) > 0 || len(x.roles) > 0 {
			continue
		}
		d.unsureWives = append(d.unsureWives, unsureWife{mention: i, bare: e})
		return true
	}
	return false
}

// regroupWives runs after gender learning: a "Mrs." + full name kept
// apart from the bare full name joins it again when the pronouns made
// that name a woman's ("Mrs. Ansel Quint" was Ansel Quint herself). When
// they made it a man's, or told nothing, the two stay apart, and the man
// keeps his "he".
func (d *document) regroupWives() {
	for _, w := range d.unsureWives {
		m := &d.mentions[w.mention]
		if d.entities[w.bare].gender != Female || m.entity < 0 || m.entity == w.bare {
			continue
		}
		d.moveMention(w.mention, w.bare)
	}
}

// moveMention moves name mention mi from its entity to entity e, with the
// name form it was counted under.
func (d *document) moveMention(mi, e int) {
	m := &d.mentions[mi]
	from := &d.entities[m.entity]
	if k := slices.Index(from.mentions, mi); k >= 0 {
		from.mentions = slices.Delete(from.mentions, k, k+1)
	}
	written := oneSpaced(m.Span.Text(d.text))
	name, size := "", 0
	for _, v := range from.variants {
		if v.size >= 2 && strings.Contains(written, v.name) {
			name, size = v.name, v.size
			break
		}
	}
	from.dropVariant(name)
	to := &d.entities[e]
	if name != "" {
		to.addVariant(name, size)
	}
	k, _ := slices.BinarySearch(to.mentions, mi)
	to.mentions = slices.Insert(to.mentions, k, mi)
	if m.honor != "" && !slices.Contains(to.honors, m.honor) {
		to.honors = append(to.honors, m.honor)
	}
	m.entity, m.ekind = e, to.kind
}
