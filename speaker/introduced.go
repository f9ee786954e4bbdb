package speaker

import "strings"

// introWindow is how many paragraphs may separate the description that
// brings a character in ("a small boy", "our guide") from the first
// definite one that goes on with it ("the boy", "the guide").
const introWindow = 20

// introReach caps how many mentions back the search for an introduction
// goes, so that a text without paragraph breaks stays linear.
const introReach = 400

// introducedJoin gives fiction's definite description mi, named name and
// not yet met, to the person an earlier description brought in
// (introducedEntity); the entity takes the definite name, which the
// narration goes on using ("the guide"), and the description stands for
// that person wherever it comes again. It returns the entity or -1.
func (d *document) introducedJoin(mi int, name string) int {
	if d.genre != GenreFiction {
		return -1
	}
	if _, ok := d.index.byDesc[name]; ok {
		return -1
	}
	e := d.introducedEntity(mi)
	if e >= 0 {
		d.index.byDesc[name] = e
		x := &d.entities[e]
		x.name, x.size = name, len(strings.Fields(name))
	}
	return e
}

// broughtIn reports a described person whose first mention brought them
// in ("a small boy came along the path", "our guide, a quiet fellow"):
// the definite descriptions that go on with them stand for that newcomer,
// not for someone the text has named.
func (d *document) broughtIn(e int) bool {
	ms := d.entities[e].mentions
	return len(ms) > 1 && d.mentions[ms[0]].kind == MentionNominal && d.bringsIn(ms[0])
}

// introducedEntity returns the entity of the one person the text has just
// brought in by a description with the head noun of definite description
// mi ("a small boy came along the path" … "the boy"; "our last guide" …
// "the guide"), when mi is about to make an entity of its own: a reader
// calls such a character by the words that introduced them, so the entity
// keeps that name. Each word of mi between its article and its head must
// be a word of the introduction ("the small boy", not "the old man" for
// "a young man"), and a word that sets one person apart from another
// ("the other boy") keeps mi apart. It returns -1 when no introduction
// lies within introWindow paragraphs before mi, or when two people fit.
func (d *document) introducedEntity(mi int) int {
	m := d.mentions[mi]
	det := d.info(m.tok0).lower
	if m.ekind != Person || m.plural || m.owner >= 0 || det != "the" && !isPossessiveDeterminer(det) || d.contrastive(m) {
		return -1
	}
	found := -1
	para := d.paraOf(m.tok0)
	for j := mi - 1; j >= 0 && j >= mi-introReach; j-- {
		c := d.mentions[j]
		if d.paraOf(c.tok0) < para-introWindow {
			break
		}
		if c.kind != MentionNominal || c.entity < 0 || c.entity == found || c.roles != m.roles || c.plural || !d.wordsWithin(m, c) ||
			det != "the" && d.info(c.tok0).lower != det {
			continue
		}
		if found >= 0 || !d.bringsIn(j) {
			return -1 // two people fit, or one already met as "the …": leave m alone
		}
		found = c.entity
	}
	return found
}

// bringsIn reports a description of one person that can bring a character
// in: it opens with "a", "an" or a possessive determiner ("our guide"), is
// not a predicate ("was a tall man") nor a likeness ("as a boy"), and its
// entity is a description, not a name.
func (d *document) bringsIn(j int) bool {
	c := d.mentions[j]
	w := d.info(c.tok0).lower
	if w != "a" && w != "an" && !isPossessiveDeterminer(w) || c.ekind != Person || c.plural || c.owner >= 0 || d.predicative(c) {
		return false
	}
	if k := c.tok0 - 1; k >= 0 && d.toks[k].kind == tokWord && likeningWords[d.info(k).lower] {
		return false
	}
	return !d.entities[c.entity].proper
}

// likeningWords make the description after them a likeness or a role.
var likeningWords = map[string]bool{"as": true, "like": true, "such": true, "what": true, "than": true}

// contrastive reports a definite description whose modifier sets its
// person apart from one already met ("the other man", "the younger
// girl").
func (d *document) contrastive(m mention) bool {
	for k := m.tok0 + 1; k < m.tok1-1; k++ {
		if contrastWords[d.info(k).lower] {
			return true
		}
	}
	return false
}

// wordsWithin reports that every word of definite description m between
// its article and its head is also a word of description c.
func (d *document) wordsWithin(m, c mention) bool {
	for k := m.tok0 + 1; k < m.tok1-1; k++ {
		w := d.info(k).lower
		found := false
		for j := c.tok0 + 1; j < c.tok1-1 && !found; j++ {
			found = d.info(j).lower == w
		}
		if !found {
			return false
		}
	}
	return true
}

// contrastWords set one person apart from another of the same kind.
var contrastWords = map[string]bool{
	"other": true, "second": true, "third": true, "same": true, "former": true,
	"latter": true, "elder": true, "younger": true, "older": true, "new": true,
}
