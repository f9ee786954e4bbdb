package speaker

import (
	"github.com/quoteattr/quoteattr/internal/lexicon"
	"slices"
	"strings"
	"unicode"
)

// entity is a cluster of mentions of one speaker.
type entity struct {
	name     string // canonical name: the fullest proper name, or a description
	size     int    // number of words in name
	kind     EntityKind
	gender   Gender
	keys     []string // lower-case name words, for alias matching
	roles    []string // role words seen with the name ("secretary", "minister")
	honors   []string // honorifics seen with the name ("mrs")
	variants []variant
	sure     bool            // the gender comes from a title or a noun, not from a first name
	known    *knownCharacter // the caller's character this entity is, if any
	mentions []int
	proper   bool // named by a proper name
	place    bool // every name it is called by names a place ("Tarrow Manor")
	bare     bool // its honorific is written without a full stop ("Mr Hadley")
}

// variant is one way the text writes an entity's name.
type variant struct {
	name  string
	size  int // words in the name
	count int
}

// addVariant counts one use of a name.
func (x *entity) addVariant(name string, size int) {
	for i := range x.variants {
		if x.variants[i].name == name {
			x.variants[i].count++
			return
		}
	}
	x.variants = append(x.variants, variant{name: name, size: size, count: 1})
}

// canonicalName picks the fullest name among those the text uses at least
// twice and those that open with a known first name, so that a name written
// once in passing ("a Foolish Badger") does not stand for the character,
// nor a full name written once beside a form written dominantUses times;
// the first name used serves when no other qualifies. A name in capitals
// gives way to the same name written normally.
func (x *entity) canonicalName() string { return x.nameBy(true) }

// nameBy is canonicalName; with dominance false, a full name written once
// stands for the entity however often a shorter form is written, as news
// expects ("John F. Kerry", not "Kerry").
func (x *entity) nameBy(dominance bool) string {
	if x.known != nil {
		return x.known.Name
	}
	best := 0
	dominant := 0
	if dominance {
		dominant = x.dominantCount()
	}
	for i, v := range x.variants {
		if v.count < 2 && (!startsWithFirstName(v.name) || dominant >= dominantUses) {
			continue
		}
		if best == 0 && x.variants[0].count < 2 && !startsWithFirstName(x.variants[0].name) {
			best = i // the first name written once in passing gives way
			continue
		}
		if best < 0 || v.size > x.variants[best].size ||
			v.size == x.variants[best].size && isShouted(x.variants[best].name) && !isShouted(v.name) {
			best = i
		}
	}
	if len(x.variants) == 0 {
		return x.name
	}
	name := x.variants[best].name
	if x.variants[best].size == 1 && len(x.honors) == 1 && honorificNames[x.honors[0]] != "" && !strings.Contains(name, " ") {
		return honorName(x.honors[0], x.bare) + " " + name // "Mrs. Whitby", not "Whitby"
	}
	return name
}

// dominantUses is how often a form of a name must be written for a
// form written only once to stop standing for the character, even when it
// opens with a first name: a character called "Wren" forty times is not
// renamed "Henry Fenwick Wren" by one playful line of narration.
const dominantUses = 10

// dominantCount returns how often the entity's most used name form is
// written.
func (x *entity) dominantCount() int {
	most := 0
	for _, v := range x.variants {
		most = max(most, v.count)
	}
	return most
}

// clusterMentions assigns every name and description to an entity:
// aliases join by their name words (Kerry = John F. Kerry), titles by the
// roles seen with a name (the secretary = Secretary of State Kerry), and
// other descriptions by their words. Pronouns are resolved later, when a
// sieve needs one.
func (d *document) clusterMentions() {
	for i := range d.mentions {
		m := &d.mentions[i]
		switch {
		case m.entity >= 0: // a name joined early by its apposition
		case m.kind == MentionName && !m.core.Empty():
			m.entity = d.joinName(i)
		case m.kind == MentionNominal:
			if j := d.roleApposite(i); j >= 0 {
				m.entity = d.joinApposite(j, i)
				break
			}
			m.entity = d.joinNominal(i)
		}
		if m.entity >= 0 {
			e := &d.entities[m.entity]
			e.mentions = append(e.mentions, i)
		}
	}
}

// nameKeys returns the lower-case words of a name, without periods and
// possessives; a familiar given name stands for its formal one ("Harry"
// gives "henry"), and a particle-prefixed word also gives its bare form
// ("al-Assad" gives "al-assad" and "assad").
func nameKeys(name string) []string {
	var keys []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ',' }) {
		w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
		if w == "" || particles[w] {
			continue
		}
		keys = append(keys, lexicon.FormalName(w))
		if strings.ContainsAny(w, "-‐") {
			keys = append(keys, hyphenParts(w)...)
		}
	}
	return keys
}

// joinName finds or creates the entity of name mention i.
func (d *document) joinName(i int) int {
	m := d.mentions[i]
	if r := honorRoles[m.honor]; r != "" && !strings.Contains(m.roles, r) {
		m.roles = strings.TrimSpace(m.roles + " " + r) // "Dr. Archie" is "the doctor"
	}
	name := oneSpaced(m.core.Text(d.text))
	keys := d.keysOf(name)
	if s, ok := d.wifeSurname(i, name, keys); ok {
		return d.joinWife(i, s, name) // "Mrs. Roger Vale" is Mrs. Vale
	}
	if len(keys) == 0 {
		return -1
	}
	if e := d.knownMatch(m, keys); e >= 0 {
		return e
	}
	d.cands = d.index.related(keys, d.cands)
	if e := d.bestNameMatch(m, keys); e >= 0 {
		d.extendEntity(e, m, name, keys)
		return e
	}
	if e := d.nameWithNoun(m, keys); e >= 0 {
		d.extendEntity(e, m, name, keys)
		return e
	}
	e := entity{name: name, size: len(keys), kind: m.ekind, gender: m.gender,
		keys: slices.Clip(keys), roles: strings.Fields(m.roles), proper: true, sure: m.honor != "" || m.roles != "", place: m.place}
	e.addVariant(name, len(keys))
	if m.honor != "" {
		e.honors, e.bare = []string{m.honor}, m.bare
	}
	return d.addEntity(e)
}

// bestNameMatch returns the candidate entity in d.cands that a name with
// the given keys may denote, or -1. News takes the first; fiction, where a
// short name ("Tom") may fit several characters, the one the text has
// named most often so far.
func (d *document) bestNameMatch(m mention, keys []string) int {
	best := -1
	for _, e := range d.cands {
		if e < d.known || !d.nameMatches(&d.entities[e], m, keys) {
			continue
		}
		if d.genre != GenreFiction {
			if m.honor == "" {
				return e
			}
			if best < 0 || e < best {
				best = e // "Mr Marsh" in news: the Marsh named first, the story's subject
			}
			continue
		}
		if best < 0 || len(d.entities[e].mentions) > len(d.entities[best].mentions) {
			best = e
		}
	}
	return best
}

// nameMatches reports whether a name with the given keys may denote e.
func (d *document) nameMatches(e *entity, m mention, keys []string) bool {
	if !e.proper || !kindsAgree(e.kind, m.ekind) && !d.guessedOrganization(e, m) {
		return false
	}
	if e.gender != GenderUnknown && m.gender != GenderUnknown && e.gender != m.gender {
		return false
	}
	if !subset(keys, e.keys) && !subset(e.keys, keys) && !d.containsVariant(e, keys) || d.onlyOfTail(e, m, keys) {
		return false
	}
	return placeAgrees(e, m, keys) && (d.genre != GenreFiction || familyAgrees(e, m, keys))
}

// containsVariant reports, in fiction, a name that holds every word of a
// form the text has written at least twice for e: "Henry Fenwick Wren" may
// be the "Wren" also once called "a Foolish Wren", whose words together
// are no subset of the longer name.
func (d *document) containsVariant(e *entity, keys []string) bool {
	if d.genre != GenreFiction {
		return false
	}
	for _, v := range e.variants {
		if v.count >= 2 && subset(d.keysOf(v.name), keys) {
			return true
		}
	}
	return false
}

// guessedOrganization reports, in fiction, a person's name that may join
// an entity read as an organisation only because the text once wrote "the"
// before its name, with no organisation word in it ("the Wren" is still
// the character "Henry Fenwick Wren").
func (d *document) guessedOrganization(e *entity, m mention) bool {
	if d.genre != GenreFiction || e.kind != Organization || m.ekind != Person {
		return false
	}
	for _, k := range e.keys {
		if _, ok := lexicon.LookupOrgWord(k); ok {
			return false
		}
	}
	return true
}

// familyHonors are the honorifics that several members of one family
// share with a surname (Mrs. Whitby, Miss Whitby, Clara Whitby).
var familyHonors = map[string]bool{"mrs": true, "miss": true, "ms": true, "missus": true, "mistress": true, "madame": true, "mme": true, "mlle": true, "mademoiselle": true, "lady": true}

// familyAgrees keeps the women of a family apart in fiction: "Mrs. X" or
// "Miss X" joins only an entity already called so, or one known by the
// surname alone; and an entity known only as "Mrs. X" takes no first name.
func familyAgrees(e *entity, m mention, keys []string) bool {
	if familyHonors[m.honor] && len(keys) == 1 {
		return slices.Contains(e.honors, m.honor) || e.size == 1 && len(e.honors) == 0
	}
	if e.size == 1 && len(keys) > 1 {
		for _, h := range e.honors {
			if familyHonors[h] && h != m.honor {
				return false
			}
		}
	}
	return true
}

// namesPerson reports whether mention c is a name, not a place's, of a
// known entity that is a person.
func (d *document) namesPerson(c mention) bool {
	return c.kind == MentionName && c.entity >= 0 && !c.place && d.entities[c.entity].kind == Person
}

// mayBePerson reports an entity kind that may be a person's: Person, or
// not known.
func mayBePerson(k EntityKind) bool {
	return k == Person || k == KindUnknown
}

// kindsAgree reports whether two entity kinds may be the same entity.
func kindsAgree(a, b EntityKind) bool {
	return a == b || a == KindUnknown || b == KindUnknown
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// extendEntity adds what mention m tells about entity e: a fuller name, a
// kind, a gender, roles.
func (d *document) extendEntity(e int, m mention, name string, keys []string) {
	x := &d.entities[e]
	x.addVariant(name, len(keys))
	x.place = x.place && m.place
	if len(keys) > x.size {
		x.size = len(keys)
		old := slices.Clone(x.keys)
		for _, k := range keys {
			if !slices.Contains(x.keys, k) {
				x.keys = append(x.keys, k)
			}
		}
		d.index.addKeys(e, old, x.keys)
	}
	if x.kind == KindUnknown {
		x.kind = m.ekind
	}
	if m.honor != "" && !slices.Contains(x.honors, m.honor) {
		x.honors = append(x.honors, m.honor)
		x.bare = x.bare || len(x.honors) == 1 && m.bare
	}
	if x.gender == GenderUnknown || !x.sure && m.gender != GenderUnknown && (m.honor != "" || m.roles != "") {
		x.gender = m.gender
		x.sure = x.sure || m.honor != "" || m.roles != ""
	}
	for _, r := range strings.Fields(m.roles) {
		if !slices.Contains(x.roles, r) {
			x.roles = append(x.roles, r)
			d.index.addRoles(e, []string{r})
		}
	}
}

// joinNominal links a description to the latest named entity that holds
// its role ("the secretary" after "Secretary of State John F. Kerry"), or
// to an entity of the same description.
func (d *document) joinNominal(i int) int {
	m := d.mentions[i]
	if m.owner >= 0 {
		return d.describedEntity(strings.Join(strings.Fields(m.Span.Text(d.text)), " "), m)
	}
	if m.epithet && d.genre == GenreNews {
		if e := d.epithetEntity(i); e >= 0 {
			return e
		}
	}
	if holders := d.index.byRole[m.roles]; m.ekind == Person && len(holders) > 0 {
		return holders[len(holders)-1]
	}
	if e := d.appositiveJoin(i); e >= 0 {
		return e
	}
	name := d.sourceName(i)
	if _, seen := d.index.byDesc[name]; !seen {
		if e := d.anaphorEntity(i); e >= 0 {
			return e
		}
		if e := d.soleIntroducedJoin(i, name); e >= 0 {
			return e
		}
	}
	if e := d.introducedJoin(i, name); e >= 0 {
		return e
	}
	return d.describedEntity(name, m)
}

// descriptionName writes a description as an entity name: one space
// between words and the opening article in lower case ("The spokesman"
// and "the spokesman" are one name; "a Vermont farmer" keeps its capital).
func descriptionName(s string) string {
	words := strings.Fields(s)
	if len(words) > 0 && determiners[strings.ToLower(words[0])] {
		words[0] = strings.ToLower(words[0])
	}
	return strings.Join(words, " ")
}

// describedEntity finds or creates the entity named by a description.
func (d *document) describedEntity(name string, m mention) int {
	if e, ok := d.index.byDesc[name]; ok {
		return e
	}
	if d.genre == GenreFiction {
		if e := d.kinDescribed(name); e >= 0 {
			return e // "the clergyman" is "the parson" met before
		}
	}
	return d.addEntity(entity{name: name, size: len(strings.Fields(name)), kind: m.ekind, gender: m.gender})
}

// hyphenParts returns the parts of a hyphenated name that can stand for
// it alone: "al-assad" gives "assad", "jean-le-rond" gives "jean" and
// "rond"; particles and short function words are left out.
func hyphenParts(w string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' }) {
		if len(p) > 2 && !particles[p] && p != "the" {
			out = append(out, p)
		}
	}
	return out
}

// startsWithFirstName reports a name whose first word is a known given
// name ("Hillary Clinton", "Jeff Zucker").
func startsWithFirstName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	_, ok := lexicon.FirstNameGender(first)
	return ok
}

// oneSpaced returns s with every run of white space written as one space,
// without allocating when s is already so written.
func oneSpaced(s string) string {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if space && (prevSpace || s[i] != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	return s
}

// keysOf returns nameKeys(name), computed once per distinct name of the
// document. The slice is shared: callers must not change it.
func (d *document) keysOf(name string) []string {
	if k, ok := d.keyCache[name]; ok {
		return k
	}
	if d.keyCache == nil {
		d.keyCache = map[string][]string{}
	}
	k := nameKeys(name)
	d.keyCache[name] = k
	return k
}

// nameWithNoun returns, in fiction, the entity that a pet name made of a
// name and a common noun stands for ("Wink Mole" for a character called
// "Tiddly-Wink"), or -1: a two-word name whose second word the text also
// writes in lower case (and whose first does not) joins the entity, known
// by a longer name, that has the first word among its names.
func (d *document) nameWithNoun(m mention, keys []string) int {
	if d.genre != GenreFiction || len(keys) != 2 || !mayBePerson(m.ekind) || !d.seenLower(keys[1]) || d.seenLower(keys[0]) {
		return -1
	}
	if _, ok := lexicon.FirstNameGender(keys[1]); ok {
		return -1
	}
	d.cands = d.index.related(keys[:1], d.cands)
	best := -1
	for _, e := range d.cands {
		x := &d.entities[e]
		if e < d.known || x.size < 2 || !d.nameMatches(x, m, keys[:1]) {
			continue
		}
		if best < 0 || len(x.mentions) > len(d.entities[best].mentions) {
			best = e
		}
	}
	return best
}

// honorRoles gives the role noun of an honorific that names a profession,
// so that "the doctor" finds "Dr. Archie".
var honorRoles = map[string]string{"dr": "doctor", "doctor": "doctor", "prof": "professor", "professor": "professor"}
