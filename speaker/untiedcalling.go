package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// untiedCalling reports whether description mention mi ("said the
// rector", "asked the porter"), a definite description naming a calling,
// must stay apart from entity e: e is a named person whom no earlier text
// ties to that calling (no "Mr. Quill, the rector", no "Quill was the
// rector", no title "Rector Quill"), or another description naming a
// different calling ("the porter" is not "the sexton"). A character first
// met by a job is someone of their own until the story says otherwise.
func (d *document) untiedCalling(mi, e int, g *dialogue) bool {
	m := d.mentions[mi]
	if e < 0 || m.entity == e || !d.namesCalling(m) || m.entity >= 0 && d.entities[m.entity].proper {
		return false
	}
	x := d.entities[e]
	if !x.proper {
		return d.describedByOtherCalling(e, mi, m.roles)
	}
	if g.lastQuote >= 0 && d.vocativeIn(g.lastQuote) == e || sameCalling(m.roles, strings.Join(x.roles, " ")) || d.callingMetBefore(mi, e) {
		return false // "…, Mrs. Hale!" ¶ "…," said the cook: the one called answers
	}
	return e != g.last && e != g.prev || d.introducedSince(e, mi) || d.onStageSince(m.entity, e, mi)
}

// namesCalling reports whether m is a definite description ("the rector")
// whose head noun names a calling: not a kind of person ("the young
// man"), kin or a word of address ("the signorina").
func (d *document) namesCalling(m mention) bool {
	if m.kind != MentionNominal || m.plural || m.roles == "" || !strings.EqualFold(d.word(d.toks[m.tok0]), "the") {
		return false
	}
	if personNouns[m.roles] || siblingNouns[m.roles] || stateNouns[m.roles] {
		return false
	}
	t, ok := lexicon.LookupTitle(m.roles)
	return !ok || !t.Class.Has(lexicon.TitleHonorific)
}

// callingMetBefore reports whether an earlier description with the same
// head noun as mention mi (within stickyReach mentions) stands for entity
// e, is tied to one of its names by apposition ("Mr. Quill, the rector",
// "the rector, Mr. Quill") or as a predicate ("Quill was the rector"), or
// stands for another character than the one mi stands for: the calling
// was met before, and the story's own reading of it holds.
func (d *document) callingMetBefore(mi, e int) bool {
	head := d.mentions[mi].roles
	for j := mi - 1; j >= 0 && mi-j <= stickyReach; j-- {
		c := d.mentions[j]
		if c.kind != MentionNominal || c.roles != head {
			continue
		}
		if c.entity == e || d.besideName(c) == e {
			return true
		}
	}
	return false
}

// besideName returns the entity of the name that description c stands
// beside in its sentence: before it across a comma or a copula ("Quill,
// the rector"; "Quill was the rector") or after it across a comma ("the
// rector, Quill"); -1 when there is none.
func (d *document) besideName(c mention) int {
	if k := c.tok0 - 1; k > 0 && d.toks[k].sent == c.sentence {
		w := d.word(d.toks[k])
		if w == "," || copulas[strings.ToLower(w)] {
			if e := d.nameEntityAt(k - 1); e >= 0 {
				return e
			}
		}
	}
	if k := c.tok1; k+1 < len(d.toks) && d.word(d.toks[k]) == "," && d.toks[k+1].sent == c.sentence {
		if j := d.mentionAt[k+1]; j >= 0 && d.mentions[j].kind == MentionName {
			return d.mentions[j].entity
		}
	}
	return -1
}

// nameEntityAt returns the entity of the name that ends at token k, or -1.
func (d *document) nameEntityAt(k int) int {
	if k < 0 {
		return -1
	}
	j := d.mentionIn[k]
	if j < 0 || d.mentions[j].kind != MentionName || d.mentions[j].tok1 != k+1 {
		return -1
	}
	return d.mentions[j].entity
}

// describedByOtherCalling reports whether description entity e is known,
// before mention mi, only by callings other than head ("the porter" when
// head is "sexton"): a different job noun never joins another job's
// description.
func (d *document) describedByOtherCalling(e, mi int, head string) bool {
	other := false
	for _, j := range d.entities[e].mentions {
		c := d.mentions[j]
		if j >= mi || c.kind != MentionNominal {
			continue
		}
		if c.roles == head || !d.namesCalling(c) {
			return false
		}
		other = true
	}
	return other
}

// stateNouns are person nouns that say where someone comes from or what
// befalls them rather than what work they do ("the native", "the
// prisoner"): like kinds of person, they may well stand for someone named.
var stateNouns = map[string]bool{
	"native": true, "local": true, "citizen": true, "resident": true, "villager": true,
	"foreigner": true, "neighbour": true, "neighbor": true, "passenger": true,
	"traveller": true, "traveler": true, "prisoner": true, "patient": true, "invalid": true,
}

// onStageSince reports whether the narration names description entity c
// ("The porter came out.") between the last mention of entity e before
// mention mi and mi: the one just brought on is the one who speaks.
func (d *document) onStageSince(c, e, mi int) bool {
	for k := mi - 1; k >= 0 && mi-k <= maxPronounReach; k-- {
		switch d.mentions[k].entity {
		case e:
			return false
		case c:
			return true
		}
	}
	return false
}
