package speaker

import "strings"

// narratorOwnedNouns are the nouns a first-person narrator puts after "my"
// or "our" to mean a character of the scene by the part the character
// plays beside the narrator ("said my companion", "our host replied").
var narratorOwnedNouns = map[string]bool{
	"companion": true, "friend": true, "host": true, "hostess": true, "visitor": true,
	"guest": true, "guide": true, "comrade": true, "uncle": true, "aunt": true,
	"landlord": true, "landlady": true, "client": true, "colleague": true, "partner": true,
}

// narratorOwnedSpeaker returns the named character that the
// narrator-owned description mi ("my companion", "our host") stands for
// as the speaker of quotation q, read from the conversation g:
//   - when the line answers the narrator's line of the paragraph before,
//     it is the one the narrator talks with;
//   - when it answers someone else's line, it is the one this description
//     stood for before (ownedBefore) if that is someone else;
//   - when the narration before it in its paragraph names one person, it
//     is that person;
//   - else it is the one this description stood for before, or failing
//     that the last speaker going on when he spoke in this paragraph or
//     just before one paragraph of narration that names nobody else.
//
// The narrator is never its own companion. It returns -1 when mi is not
// such a description or nobody fits it.
func (d *document) narratorOwnedSpeaker(q, mi int, g *dialogue) int {
	m := d.mentions[mi]
	if !d.narratorOwned(m) || g.last < 0 {
		return -1
	}
	n, p := d.index.narrator, d.quotePara[q]
	if p < 0 || d.quoteTok[q] < 0 {
		return -1
	}
	ok := func(e int) bool { return e >= 0 && e != n && d.fits(m, e) && e != d.vocativeIn(q) }
	before := d.ownedBefore(mi)
	if p == g.lastPara+1 && d.paraTok[p] == d.quoteTok[q] {
		switch {
		case g.last == n && ok(g.prev):
			return g.prev // the other one in a talk with the narrator
		case g.last != n && before != g.last && ok(before):
			return before
		}
		return -1 // the line answers the last speaker, who is someone else
	}
	if e := d.narratedBefore(q); e >= 0 && e != n {
		if ok(e) {
			return e // "Ada put down her cup. "…," said our hostess."
		}
		return -1
	}
	if ok(before) {
		return before
	}
	if p >= g.lastPara && p <= g.lastPara+2 && ok(g.last) && !d.namesOther(g.lastPara+1, p, g.last) {
		return g.last
	}
	return -1
}

// ownedBefore returns the named person that the latest earlier
// description with the same owner and noun ("my friend", "my old friend")
// was found to stand for, within stickyReach mentions; -1 when there is
// none.
func (d *document) ownedBefore(mi int) int {
	m := d.mentions[mi]
	owner, noun := strings.ToLower(d.word(d.toks[m.tok0])), strings.ToLower(d.word(d.toks[m.tok1-1]))
	for j := mi - 1; j >= 0 && mi-j <= stickyReach; j-- {
		c := d.mentions[j]
		if c.entity < 0 || !d.entities[c.entity].proper || !d.narratorOwned(c) {
			continue
		}
		if strings.ToLower(d.word(d.toks[c.tok0])) == owner && strings.ToLower(d.word(d.toks[c.tok1-1])) == noun {
			return c.entity
		}
	}
	return -1
}

// namesOther reports a paragraph in [from, to) that names a person other
// than e and the narrator: someone else has come forward since e spoke.
func (d *document) namesOther(from, to, e int) bool {
	for k := d.paraTok[from]; k < d.paraTok[to]; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].kind != MentionName || d.mentions[mi].place {
			continue
		}
		if x := d.resolve(mi); x >= 0 && x != e && x != d.index.narrator && d.entities[x].kind == Person {
			return true
		}
	}
	return false
}

// narratorOwned reports a singular description opened by "my" or "our"
// whose noun is one of narratorOwnedNouns.
func (d *document) narratorOwned(m mention) bool {
	if m.kind != MentionNominal || m.plural || m.tok1-m.tok0 < 2 {
		return false
	}
	switch strings.ToLower(d.word(d.toks[m.tok0])) {
	case "my", "our":
	default:
		return false
	}
	return narratorOwnedNouns[strings.ToLower(d.word(d.toks[m.tok1-1]))]
}
