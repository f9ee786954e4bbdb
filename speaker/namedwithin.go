package speaker

import (
	"slices"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// avoidNamedWithin corrects quotation q, attributed through pronoun cue pc
// ("…," she said), when its own words speak of that speaker by name ("If
// I let Nell go alone …," she said): one does not name oneself so. The
// line goes to the speaker the turn-taking expects, else to the latest
// person the narration of its paragraph names before it whom the pronoun
// fits, when the words name neither of them.
func (d *document) avoidNamedWithin(q int, pc pendingCue, g *dialogue) {
	m := d.mentions[pc.mention]
	e := d.attr[q].Speaker
	if !m.thirdSingular() || e < 0 || !d.namedWithin(q, e) {
		return
	}
	x := g.expected(d.quotePara[q])
	if x < 0 || x == e || !d.fits(m, x) || d.namedWithin(q, x) {
		x = d.narratedFitting(q, m, e)
	}
	if x < 0 {
		return
	}
	conf := d.pendingConf(pc)
	d.attributeAs(q, pc, x, conf*0.9)
}

// namedWithin reports whether the words of quotation q name person e by
// given name or title, other than as the speaker's own name ("I am Tom
// Pellow."): a family name alone ("the Pellows") may be the speaker's too.
func (d *document) namedWithin(q, e int) bool {
	if d.selfNamed(q) == e {
		return false
	}
	toks := d.quoteWords(q)
	named := false
	d.eachNameRun(toks, func(i, end int) bool {
		named = d.entityNamed(toks, i, end) == e && d.givenNameIn(toks, i, end, e)
		return !named
	})
	return named
}

// narratedFitting returns the person, other than not, named latest in
// the narration of quotation q's paragraph before it whom pronoun mention
// m may denote and whom q's words do not name; -1 if none.
func (d *document) narratedFitting(q int, m mention, not int) int {
	lo := max(d.paraTok[d.quotePara[q]], d.quoteTok[q]-otherReach)
	for k := d.quoteTok[q] - 1; k >= lo; k-- {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].kind != MentionName {
			continue
		}
		x := d.resolve(mi)
		if x < 0 || x == not || d.entities[x].kind != Person || d.entities[x].gender == GenderUnknown || !d.fits(m, x) || d.namedWithin(q, x) {
			continue
		}
		return x
	}
	return -1
}

// givenNameIn reports whether the name run toks[i:end] holds a title or
// a first name among person e's name words: a family name alone
// ("Pellow" for a father and his son) may be the speaker's own.
func (d *document) givenNameIn(toks []token, i, end, e int) bool {
	for k := i; k < end; k++ {
		w := d.word(toks[k])
		if isTitleWord(w) {
			return true
		}
		if _, first := lexicon.FirstNameGender(w); first && slices.Contains(d.entities[e].keys, strings.ToLower(w)) {
			return true
		}
	}
	return false
}
