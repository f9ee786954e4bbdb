package speaker

// reassignAddressed gives a line of fiction that only turn-taking
// attributed to the character the next line answers by name, when that
// line opens the following paragraph: "“Then we can leave at six.” ¶
// “Impossible, Mr. Vane, the coach is full.”" — the one addressed in a
// reply is the one who has just spoken. Only a guess of the conversation
// rule gives way, and only to a person other than the replier, so an
// explicit cue always stands.
func (d *document) reassignAddressed() {
	next := -1
	for q := len(d.quotes) - 1; q >= 0; q-- {
		if !d.spokenLine(q) {
			continue
		}
		if next >= 0 && d.attr[q].Rule == RuleConversation {
			if e := d.answeredBy(q, next); e >= 0 {
				d.setSpeaker(q, e, RuleAddressedBack, confAddressedBack)
			}
		} else if next >= 0 && d.attr[q].Rule == RuleActionBeat {
			if e := d.beatAnsweredBy(q, next); e >= 0 {
				d.setSpeaker(q, e, RuleAddressedBack, confAddressedBack)
			}
		}
		next = q
	}
}

// answeredBy returns the person that quotation r, opening the paragraph
// after quotation q's, addresses by name, when r has a speaker other than
// that person and than q's (one who goes on speaking after a line of his
// own addresses the other of a pair), q does not call them too, they are
// not already q's speaker, and they spoke one of the last few lines; -1
// otherwise.
func (d *document) answeredBy(q, r int) int {
	if !d.opensNextPara(q, r) {
		return -1
	}
	s := d.attr[r].Speaker
	v := d.vocativeIn(r)
	if s < 0 || s == d.attr[q].Speaker && !d.narrationBefore(q) || v < 0 || v == s || v == d.attr[q].Speaker || d.entities[v].kind != Person {
		return -1
	}
	if d.vocativeIn(q) == v || !d.spokeLately(v, q) {
		return -1 // q calls that person, or they have not been talking
	}
	return v
}

// recentTurns is how many lines before a quotation count as the
// conversation it belongs to.
const recentTurns = 6

// spokeLately reports whether entity e spoke one of the recentTurns
// lines before quotation q.
func (d *document) spokeLately(e, q int) bool {
	n := 0
	for p := q - 1; p >= 0 && n < recentTurns; p-- {
		if !d.spokenLine(p) {
			continue
		}
		if d.attr[p].Speaker == e {
			return true
		}
		n++
	}
	return false
}

// narrationBefore reports whether a paragraph of narration stands between
// quotation q and the line before it.
func (d *document) narrationBefore(q int) bool {
	for p := q - 1; p >= 0; p-- {
		if !d.spokenLine(p) {
			continue
		}
		return d.quotePara[q] > d.quotePara[p]+1
	}
	return false
}

// opensNextPara reports whether quotation r opens the paragraph right
// after quotation q's: where a reply to q stands.
func (d *document) opensNextPara(q, r int) bool {
	return d.quotePara[r] == d.quotePara[q]+1 && d.quoteTok[r] == d.paraTok[d.quotePara[r]]
}
