package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// headlineParas is how many paragraphs at the top of a text may be a
// headline or a standfirst.
const headlineParas = 3

// headlineWords caps the words of a headline's speaker phrase ("Rovers
// boss", "Police chief").
const headlineWords = 4

// headlineRole returns the token range [s, e) of the speaker of a headline
// named only by a role: the words before the colon that opens
// `Minister: "…"`, or those after the speech verb that ends `'…', says
// Rovers boss`. The phrase ends with a singular person noun and has no
// determiner, as only headlines write it. It returns -1, -1 when paragraph
// [lo, hi) is not such a headline.
func (f *mentionFinder) headlineRole(lo, hi int) (int, int) {
	if lo >= hi || f.d.paraOf(lo) >= headlineParas || !f.oneLine(lo, hi) {
		return -1, -1
	}
	if c := f.roleBeforeColon(lo, hi); c > lo {
		return lo, c
	}
	if s := f.roleAfterVerb(lo, hi); s >= 0 {
		return s, hi
	}
	return -1, -1
}

// oneLine reports a paragraph written on one line.
func (f *mentionFinder) oneLine(lo, hi int) bool {
	return !strings.ContainsRune(f.d.text[f.toks[lo].Start:f.toks[hi-1].End], '\n')
}

// roleBeforeColon returns the colon token after the role phrase that opens
// paragraph [lo, hi) and comes before a quotation, or lo.
func (f *mentionFinder) roleBeforeColon(lo, hi int) int {
	for c := lo + 1; c < hi && c <= lo+headlineWords; c++ {
		if f.toks[c].kind == tokWord {
			continue
		}
		if f.d.word(f.toks[c]) == ":" && c+1 < hi && f.toks[c+1].kind == tokQuote && f.rolePhrase(lo, c) {
			return c
		}
		return lo
	}
	return lo
}

// roleAfterVerb returns the first token of the role phrase that ends
// paragraph [lo, hi) after a speech verb following a quotation ("'…', says
// Rovers boss"), or -1.
func (f *mentionFinder) roleAfterVerb(lo, hi int) int {
	for v := hi - 2; v > lo && v >= hi-1-headlineWords; v-- {
		if f.toks[v].kind != tokWord {
			return -1
		}
		if !f.d.is(v, wVerb) {
			continue
		}
		if f.toks[v-1].kind == tokQuote || f.d.word(f.toks[v-1]) == "," && v-2 >= lo && f.toks[v-2].kind == tokQuote {
			if f.rolePhrase(v+1, hi) {
				return v + 1
			}
		}
		return -1
	}
	return -1
}

// rolePhrase reports words [s, e) that end with a singular person noun and
// open with no determiner nor speech verb: "Minister", "Rovers boss",
// "Police chief".
func (f *mentionFinder) rolePhrase(s, e int) bool {
	for k := s; k < e; k++ {
		if f.toks[k].kind != tokWord || f.d.is(k, wDeterminer) || f.d.is(k, wVerb) && k < e-1 {
			return false
		}
	}
	x := f.d.info(e - 1)
	return x.flags&wNominal != 0 && x.nominal.Class.Has(lexicon.NominalPerson) && !x.nominal.Class.Has(lexicon.NominalGroup)
}

// addHeadlineRole records the role phrase [s, e) of a headline as a
// description of one person whose head is its last word.
func (f *mentionFinder) addHeadlineRole(s, e int) {
	x := f.d.info(e - 1)
	f.out = append(f.out, mention{Span: Span{Start: f.toks[s].Start, End: f.toks[e-1].End}, tok0: s, tok1: e,
		kind: MentionNominal, ekind: Person, gender: genderOf(x.nominal.Gender), roles: x.lower, person: 3,
		owner: -1, entity: -1, sentence: f.toks[s].sent})
}

// linkHeadlineRoles gives, in news, the role a headline names its speaker
// by ("Minister", "Rovers boss") to the one named person the story below
// gives that role ("the minister, Ann Lee", "Rovers manager Ann Lee"), so
// the headline's quotation is that person's. With no such person, or two,
// the role stays a description of its own.
func (d *document) linkHeadlineRoles() {
	if d.genre != GenreNews {
		return
	}
	for i := range d.mentions {
		m := d.mentions[i]
		if m.tok0 >= len(d.toks) || d.paraOf(m.tok0) >= headlineParas {
			return
		}
		if !d.headlineRoleMention(m) {
			continue
		}
		if e := d.roleHolderBelow(i); e >= 0 {
			d.absorbEntity(m.entity, e)
		}
	}
}

// headlineRoleMention reports a description of one person with no
// determiner, which only a headline writes.
func (d *document) headlineRoleMention(m mention) bool {
	return m.kind == MentionNominal && m.ekind == Person && !m.plural && !m.epithet && m.owner < 0 &&
		m.entity >= 0 && !d.entities[m.entity].proper && !d.is(m.tok0, wDeterminer)
}

// roleHolderBelow returns the entity of the one named person whose role,
// in the paragraphs after headline mention i, is the calling of i's head
// noun, or -1.
func (d *document) roleHolderBelow(i int) int {
	m := d.mentions[i]
	para := d.paraOf(m.tok0)
	found := -1
	for j := i + 1; j < len(d.mentions) && j <= i+introReach; j++ {
		c := d.mentions[j]
		if d.paraOf(c.tok0) == para || c.entity < 0 || c.entity == found || c.entity == m.entity {
			continue
		}
		x := &d.entities[c.entity]
		if !x.proper || !mayBePerson(x.kind) || !sameCalling(m.roles, c.roles) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = c.entity
	}
	return found
}

// sameCalling reports a headline's role noun head among the role words
// roles: the noun itself, a noun of its group ("clergyman" for "vicar"),
// or, for "boss", any word for the person who runs a team or a firm.
func sameCalling(head, roles string) bool {
	for _, r := range strings.Fields(roles) {
		if r == head || head == "boss" && bossRoles[r] {
			return true
		}
		if k, ok := roleKin[r]; ok && k == roleKin[head] {
			return true
		}
	}
	return false
}

// bossRoles are the roles a headline calls "boss".
var bossRoles = map[string]bool{
	"manager": true, "coach": true, "chief": true, "chairman": true, "chairwoman": true, "chair": true,
	"director": true, "executive": true, "president": true, "head": true, "leader": true, "owner": true,
}
