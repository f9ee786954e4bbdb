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
// `Minister: "…"`, those before the speech verb of `Council leader says
// "…"`, or those after the speech verb or the dash that ends `'…', says
// Rovers boss` or `"…" – Rovers boss`.
// The phrase ends with a singular person noun or a post's title and has no
// determiner, as only headlines write it. It returns -1, -1 when paragraph
// [lo, hi) is not such a headline.
func (f *mentionFinder) headlineRole(lo, hi int) (int, int) {
	if lo >= hi || f.d.paraOf(lo) >= headlineParas || !f.oneLine(lo, hi) {
		return -1, -1
	}
	if c := f.roleBeforeColon(lo, hi); c > lo {
		return lo, c
	}
	if s, v := f.roleBeforeVerb(lo, hi); s >= 0 {
		return s, v
	}
	if s := f.roleAfterVerb(lo, hi); s >= 0 {
		return s, hi
	}
	if s := f.roleAfterDash(lo, hi); s >= 0 {
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

// roleBeforeVerb returns the role phrase that is the subject of the
// headline's first speech verb when a quotation follows it ("Council
// leader says “…”", "Fraudster jailed as judge condemns “…”"): it opens
// the paragraph or follows a word that opens a clause. It returns -1, -1
// when there is none.
func (f *mentionFinder) roleBeforeVerb(lo, hi int) (int, int) {
	for v := lo + 1; v < hi && v <= lo+headlineVerbReach; v++ {
		if f.toks[v].kind != tokWord {
			return -1, -1
		}
		if !f.d.is(v, wVerb) {
			continue
		}
		s := v
		for s > lo && v-s < headlineWords && f.toks[s-1].kind == tokWord && f.roleWord(s-1) {
			s--
		}
		if s < v && (s == lo || headlineClauseOpeners[f.d.info(s-1).lower]) && f.rolePhrase(s, v) && f.quoteAfter(v, hi) {
			return s, v
		}
		return -1, -1
	}
	return -1, -1
}

// headlineVerbReach is how many words may come before a headline's speech
// verb.
const headlineVerbReach = 10

// headlineClauseOpeners open a clause whose subject may be a headline's
// speaker ("… as judge condemns “…”").
var headlineClauseOpeners = map[string]bool{"as": true, "when": true, "while": true, "after": true, "and": true}

// roleWord reports a word that may stand in a headline's role phrase: a
// capitalised word ("Rail boss", though "rail" is a speech verb too) or a
// noun that is no speech verb, neither a determiner nor a stop word.
func (f *mentionFinder) roleWord(k int) bool {
	if f.d.is(k, wDeterminer) || f.d.is(k, wStop) {
		return false
	}
	return f.toks[k].upper || f.d.is(k, wNominal) && !f.d.is(k, wVerb)
}

// quoteAfter reports a quotation among tokens (k, hi).
func (f *mentionFinder) quoteAfter(k, hi int) bool {
	for j := k + 1; j < hi; j++ {
		if f.toks[j].kind == tokQuote {
			return true
		}
	}
	return false
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

// roleAfterDash returns the first token of the role phrase that ends
// paragraph [lo, hi) after a quotation and a dash ("'…' – defiant Rovers
// boss"), past at most two lower-case words that describe the speaker, or
// -1.
func (f *mentionFinder) roleAfterDash(lo, hi int) int {
	for p := hi - 2; p > lo && p >= hi-3-headlineWords; p-- {
		if f.toks[p].kind == tokWord {
			continue
		}
		if !isDash(f.d.word(f.toks[p])) || f.toks[p-1].kind != tokQuote {
			return -1
		}
		s := p + 1
		for n := 0; n < 2 && s < hi-1 && !f.toks[s].upper && !f.roleWord(s) && !f.d.is(s, wStop) && !f.d.is(s, wVerb); n++ {
			s++ // "defiant", "angry"
		}
		if f.rolePhrase(s, hi) {
			return s
		}
		return -1
	}
	return -1
}

// rolePhrase reports words [s, e) that end with a singular person noun or
// a post's title after capitalised words or nouns (roleWord): "Minister",
// "Rovers boss", "Police chief".
func (f *mentionFinder) rolePhrase(s, e int) bool {
	for k := s; k < e; k++ {
		if f.toks[k].kind != tokWord || k < e-1 && !f.roleWord(k) || f.d.is(k, wDeterminer) {
			return false
		}
	}
	_, ok := f.roleHead(e - 1)
	return ok
}

// roleHead reports a word that names one person by a role: a singular
// person noun ("boss") or a title of a post ("Chief", "Leader"); it gives
// the gender the word implies.
func (f *mentionFinder) roleHead(k int) (Gender, bool) {
	x := f.d.info(k)
	if x.flags&wNominal != 0 && x.nominal.Class.Has(lexicon.NominalPerson) && !x.nominal.Class.Has(lexicon.NominalGroup) {
		return genderOf(x.nominal.Gender), true
	}
	if t, ok := lexicon.LookupTitle(f.d.word(f.toks[k])); ok && t.Class.Has(lexicon.TitleRole) {
		return genderOf(t.Gender), true
	}
	return GenderUnknown, false
}

// addHeadlineRole records the role phrase [s, e) of a headline as a
// description of one person whose head is its last word.
func (f *mentionFinder) addHeadlineRole(s, e int) {
	g, _ := f.roleHead(e - 1)
	f.out = append(f.out, mention{Span: Span{Start: f.toks[s].Start, End: f.toks[e-1].End}, tok0: s, tok1: e,
		kind: MentionNominal, ekind: Person, gender: g, roles: f.d.info(e - 1).lower, person: 3,
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
	return d.roleHolderAfter(i, func(c mention) bool { return d.paraOf(c.tok0) != d.paraOf(d.mentions[i].tok0) })
}

// roleHolderAfter returns the entity of the one named person whose role,
// in the mentions after mention i that below accepts, is the calling of
// i's head noun, or -1.
func (d *document) roleHolderAfter(i int, below func(mention) bool) int {
	m := d.mentions[i]
	found := -1
	for j := i + 1; j < len(d.mentions) && j <= i+introReach; j++ {
		c := d.mentions[j]
		if !below(c) || c.entity < 0 || c.entity == found || c.entity == m.entity {
			continue
		}
		x := &d.entities[c.entity]
		if !x.proper || !mayBePerson(x.kind) || !sameCalling(m.roles, c.roles) && !d.bareRoleAfter(c, m.roles) {
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

// headlineRoleAt returns the headline role phrase (roleAfterDash) that
// ends tokens [k, hi) and starts at k or past at most two words after it,
// or -1.
func (d *document) headlineRoleAt(k, hi int) int {
	mi := d.mentionIn[hi-1]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.tok0 < k || m.tok0 > k+2 || m.tok1 != hi || m.kind != MentionNominal || m.ekind != Person ||
		d.is(m.tok0, wDeterminer) || d.paraOf(m.tok0) >= headlineParas {
		return -1
	}
	return mi
}

// bareRoleAfter reports a name mention c followed by a comma and, with no
// determiner, a role of the calling of head ("Amara Nwosu, chief executive
// of the trust,"): news writes the post of a person it names so.
func (d *document) bareRoleAfter(c mention, head string) bool {
	k := c.tok1
	if c.kind != MentionName || k+1 >= len(d.toks) || d.word(d.toks[k]) != "," {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+headlineWords; j++ {
		t := d.toks[j]
		if t.kind != tokWord || t.sent != d.toks[k].sent || d.is(j, wDeterminer) || d.is(j, wStop) {
			return false
		}
		if sameCalling(head, d.info(j).lower) {
			return true
		}
	}
	return false
}
