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
//   - when the narration before it in its paragraph names one person, it
//     is that person;
//   - otherwise, when the last speaker spoke in this paragraph or just
//     before one paragraph of narration, it is the last speaker going on.
//
// The narrator is never its own companion. It returns -1 when mi is not
// such a description, when the line answers someone else (the turn-taking
// decides then) or when nobody fits it.
func (d *document) narratorOwnedSpeaker(q, mi int, g *dialogue) int {
	m := d.mentions[mi]
	if !d.narratorOwned(m) || g.last < 0 {
		return -1
	}
	n, p := d.index.narrator, d.quotePara[q]
	ok := func(e int) bool { return e >= 0 && e != n && d.fits(m, e) && e != d.vocativeIn(q) }
	if p == g.lastPara+1 && d.paraTok[p] == d.quoteTok[q] {
		if g.last == n && ok(g.prev) {
			return g.prev // the other one in a talk with the narrator
		}
		return -1 // the line answers the last speaker, who is someone else
	}
	if e := d.narratedBefore(q); e >= 0 && e != n {
		if ok(e) {
			return e // "Ada put down her cup. "…," said our hostess."
		}
		return -1
	}
	if p >= g.lastPara && p <= g.lastPara+2 && ok(g.last) {
		return g.last
	}
	return -1
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
