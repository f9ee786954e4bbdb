package speaker

import (
	"slices"
	"strings"
)

// maxIndexedKeys bounds the name words an entity is indexed by: the index
// holds every subset of them, so a name of more words is found by its
// first ones.
const maxIndexedKeys = 6

// maxCandidates is how many of the latest entities holding a name's words
// a mention is compared with: a name refers to someone recent, and a text
// with thousands of Johns must not make every "John" cost thousands.
const maxCandidates = 64

// entityIndex finds entities by the words of their names, by role and by
// description, so that linking a mention costs a few map lookups however
// many entities the text has.
type entityIndex struct {
	sup      map[string][]int // key set → entities whose name words include it, in order of creation
	exact    map[string][]int // key set → entities whose name words were exactly it when indexed
	byRole   map[string][]int // role → named entities seen with it
	byDesc   map[string]int   // description → its entity
	narrator int              // the narrator entity, or -1
	subsets  []string         // scratch
}

// reset empties the index, keeping its memory.
func (x *entityIndex) reset() {
	if x.sup == nil {
		x.sup, x.exact = map[string][]int{}, map[string][]int{}
		x.byRole, x.byDesc = map[string][]int{}, map[string]int{}
	}
	clear(x.sup)
	clear(x.exact)
	clear(x.byRole)
	clear(x.byDesc)
	x.narrator = -1
}

// keySet writes a set of name words as one map key.
func keySet(keys []string) string {
	if len(keys) == 1 {
		return keys[0]
	}
	s := slices.Clone(keys)
	slices.Sort(s)
	s = slices.Compact(s)
	return strings.Join(s, "\x00")
}

// addEntity appends x to the document's entities, indexes it and returns
// its index.
func (d *document) addEntity(x entity) int {
	e := len(d.entities)
	d.entities = append(d.entities, x)
	d.index.addKeys(e, nil, x.keys)
	if x.proper {
		d.index.addRoles(e, x.roles)
	} else {
		d.index.byDesc[x.name] = e
	}
	return e
}

// addKeys indexes entity e, whose name words were old and now are keys:
// every subset of the new words that was not a subset of the old ones.
func (x *entityIndex) addKeys(e int, old, keys []string) {
	if len(keys) == 0 {
		return
	}
	ks := slices.Clone(keys[:min(len(keys), maxIndexedKeys)])
	for mask := 1; mask < 1<<len(ks); mask++ {
		sub := pick(ks, mask)
		if subset(sub, old) {
			continue
		}
		k := keySet(sub)
		if l := x.sup[k]; len(l) == 0 || l[len(l)-1] != e {
			x.sup[k] = append(l, e)
		}
	}
	k := keySet(keys)
	x.exact[k] = append(x.exact[k], e)
}

// pick returns the words of ks that mask selects.
func pick(ks []string, mask int) []string {
	var out []string
	for i, k := range ks {
		if mask&(1<<i) != 0 {
			out = append(out, k)
		}
	}
	return out
}

// addRoles records that named entity e holds the given roles.
func (x *entityIndex) addRoles(e int, roles []string) {
	for _, r := range roles {
		if l := x.byRole[r]; len(l) == 0 || l[len(l)-1] != e {
			x.byRole[r] = append(l, e)
		}
	}
}

// holding returns the latest entities whose name words include every
// word of keys, latest first.
func (x *entityIndex) holding(keys []string) []int {
	l := x.sup[keySet(keys)]
	out := slices.Clone(l[max(0, len(l)-maxCandidates):])
	slices.Reverse(out)
	return out
}

// related returns, latest first and once each, the latest entities whose
// name words include every word of keys and those whose name words are
// all among keys: the entities a name with these words may denote.
func (x *entityIndex) related(keys []string, buf []int) []int {
	sup := x.sup[keySet(keys)]
	buf = append(buf[:0], sup[max(0, len(sup)-maxCandidates):]...)
	ks := keys[:min(len(keys), maxIndexedKeys)]
	for mask := 1; mask < 1<<len(ks); mask++ {
		buf = append(buf, x.exact[keySet(pick(ks, mask))]...)
	}
	slices.Sort(buf)
	buf = slices.Compact(buf)
	slices.Reverse(buf)
	return buf
}
