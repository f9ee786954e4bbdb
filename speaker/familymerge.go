package speaker

import (
	"slices"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// siblingReach bounds how far from a mention, within its sentence,
// mergeTitledSurnames looks for a word that brings in a sister or brother.
const siblingReach = 30

// mergeTitledSurnames joins, in fiction, the unmarried woman written "Miss
// Surname" to the one woman of that surname the text gives a first name
// ("Miss Arden" is "Nell Arden" when no other Arden woman has a first
// name), and "Mr. Surname" to the one man of that surname with a first
// name; "Madame", "Signora", "Frau", "Herr", "Monsieur" and their kin
// stand in for "Miss" and "Mr." (see mergeHonors). Clustering keeps them apart while it reads, since a family may
// have several; once the whole text is read, one candidate is that
// person. A wife ("Mrs."), a titled lady, a woman and a man, or a family
// whose narration speaks of sisters or brothers ("Miss Arden and her
// sister", "the Misses Arden") stay apart.
func (d *document) mergeTitledSurnames() {
	if d.genre != GenreFiction {
		return
	}
	groups := map[string][]int{}
	var order []string
	for e := range d.entities {
		s, g, ok := d.titledFamilyKey(e)
		if !ok {
			continue
		}
		k := s + "\x00" + string(rune('0'+g))
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	var plural map[string]bool
	for _, k := range order {
		members := groups[k]
		if len(members) < 2 || !d.oneFirstName(members) || !d.oneHonorClass(members) {
			continue
		}
		if plural == nil {
			plural = d.pluralFamilies()
		}
		s, _, _ := strings.Cut(k, "\x00")
		if plural[s] || d.siblingsNear(members) {
			continue
		}
		into := members[0]
		for _, e := range members[1:] {
			if len(d.entities[e].mentions) > len(d.entities[into].mentions) {
				into = e
			}
		}
		for _, e := range members {
			if e != into {
				d.absorbEntity(e, into)
			}
		}
	}
}

// titledFamilyKey returns the surname of person entity e, its gender, and
// whether e may take part in mergeTitledSurnames: a named person of known
// gender whose family titles, if any, are all in mergeHonors and of that
// gender.
func (d *document) titledFamilyKey(e int) (string, Gender, bool) {
	x := &d.entities[e]
	if !x.proper || x.known != nil || x.kind != Person || x.gender == GenderUnknown || len(x.variants) == 0 {
		return "", 0, false
	}
	for _, h := range x.honors {
		if c, ok := mergeHonors[h]; !ok || c.gender != x.gender {
			return "", 0, false
		}
	}
	keys := d.keysOf(x.variants[fullestVariant(x.variants)].name)
	if len(keys) == 0 || len(keys) > 3 {
		return "", 0, false
	}
	return keys[len(keys)-1], x.gender, true
}

// fullestVariant returns the index of the longest name form of variants,
// the first one written among equals.
func fullestVariant(vs []variant) int {
	best := 0
	for i, v := range vs {
		if v.size > vs[best].size {
			best = i
		}
	}
	return best
}

// oneFirstName reports whether the entities of one surname hold exactly
// one first name among them, and at least one of them is written with the
// title alone.
func (d *document) oneFirstName(members []int) bool {
	first, titled := "", false
	for _, e := range members {
		x := &d.entities[e]
		titled = titled || len(x.honors) > 0
		keys := d.keysOf(x.variants[fullestVariant(x.variants)].name)
		if len(keys) < 2 {
			continue
		}
		if _, ok := lexicon.FirstNameGender(keys[0]); !ok {
			return false
		}
		if first != "" && first != keys[0] {
			return false
		}
		first = keys[0]
	}
	return first != "" && titled
}

// pluralFamilies returns the lower-case surnames the text writes after a
// plural family title ("the Misses Arden", "Messrs. Cole").
func (d *document) pluralFamilies() map[string]bool {
	out := map[string]bool{}
	for k := 0; k+1 < len(d.toks); k++ {
		if d.toks[k].kind != tokWord {
			continue
		}
		switch strings.ToLower(d.word(d.toks[k])) {
		case "misses", "messrs":
		default:
			continue
		}
		n := k + 1
		if n+1 < len(d.toks) && d.toks[n].kind != tokWord {
			n++ // "Messrs. Cole"
		}
		if d.toks[n].kind == tokWord && d.toks[n].upper {
			out[lexicon.FormalName(strings.ToLower(d.word(d.toks[n])))] = true
		}
	}
	return out
}

// siblingsNear reports a sister or brother spoken of in the sentence of a
// mention of one of the entities ("Miss Arden and her sister").
func (d *document) siblingsNear(members []int) bool {
	for _, e := range members {
		for _, mi := range d.entities[e].mentions {
			m := d.mentions[mi]
			lo, hi := max(0, m.tok0-siblingReach), min(len(d.toks), m.tok1+siblingReach)
			for k := lo; k < hi; k++ {
				if d.toks[k].sent != m.sentence || d.toks[k].kind != tokWord {
					continue
				}
				switch strings.ToLower(d.word(d.toks[k])) {
				case "sister", "sisters", "brother", "brothers":
					return true
				}
			}
		}
	}
	return false
}

// absorbEntity moves the mentions and names of entity from to into,
// before any pronoun is resolved or quotation attributed.
func (d *document) absorbEntity(from, into int) {
	f, x := &d.entities[from], &d.entities[into]
	for _, mi := range f.mentions {
		d.mentions[mi].entity = into
	}
	x.mentions = append(x.mentions, f.mentions...)
	slices.Sort(x.mentions)
	for _, v := range f.variants {
		if i := slices.IndexFunc(x.variants, func(w variant) bool { return w.name == v.name }); i >= 0 {
			x.variants[i].count += v.count
		} else {
			x.variants = append(x.variants, v)
		}
	}
	old := slices.Clone(x.keys)
	for _, k := range f.keys {
		if !slices.Contains(x.keys, k) {
			x.keys = append(x.keys, k)
		}
	}
	if len(x.keys) > len(old) {
		d.index.addKeys(into, old, x.keys)
	}
	x.size = max(x.size, f.size)
	for _, h := range f.honors {
		if !slices.Contains(x.honors, h) {
			x.honors = append(x.honors, h)
		}
	}
	x.sure = x.sure || f.sure
	f.mentions, f.variants, f.proper = nil, nil, false
}
