package speaker

// nameUnattributedByReply gives a line of fiction that no rule could
// attribute ("“Not tonight!” came a voice from the dark.") to the person
// the next line calls by name when that line opens the following
// paragraph: "¶ “Hush, Tobias, they will hear you.”" — the one addressed
// in a reply is the one who has just spoken. The other open lines of the
// same paragraph go with it; a paragraph where some line already has a
// speaker is left alone.
func (d *document) nameUnattributedByReply() {
	for q := 0; q < len(d.quotes); q++ {
		if !d.open(q) || d.quoteTok[q] != d.paraTok[d.quotePara[q]] {
			continue
		}
		last, r := d.paragraphLines(q)
		if last < 0 || r >= len(d.quotes) {
			continue
		}
		if e := d.calledByReply(q, r); e >= 0 {
			for p := q; p <= last; p++ {
				if d.open(p) {
					d.attr[p].Rule = RuleConversation // a line with no cue of its own
					d.setSpeaker(p, e, RuleOpenReplyCall, confOpenReplyCall)
				}
			}
		}
	}
}

// paragraphLines returns the last line of the paragraph that quotation q
// opens and the first line after it, or -1 when a line of that paragraph
// already has a speaker.
func (d *document) paragraphLines(q int) (last, next int) {
	last = q
	for next = q + 1; next < len(d.quotes); next++ {
		if !d.spokenLine(next) {
			continue
		}
		if d.quotePara[next] != d.quotePara[q] {
			break
		}
		if d.attr[next].Rule != RuleNone {
			return -1, next
		}
		last = next
	}
	return last, next
}

// calledByReply returns the named person whom quotation r, opening the
// paragraph right after quotation q's, calls by name (replyCalls), when
// r is not theirs; -1 otherwise.
func (d *document) calledByReply(q, r int) int {
	if !d.opensNextPara(q, r) {
		return -1
	}
	if v := d.replyCalls(q, r); v >= 0 && v != d.attr[r].Speaker && d.entities[v].kind == Person {
		return v
	}
	return -1
}
