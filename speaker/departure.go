package speaker

// departures reads paragraph p of narration for a participant of the
// conversation who leaves ("Mr. Pike had retired.", "She went out."): one
// who has gone takes no more turns, and the conversation forgets them.
func (d *document) departures(p int, g *dialogue) {
	if g.last < 0 {
		return
	}
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	for k := lo; k < hi; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.toks[k].kind == tokQuote {
			continue
		}
		m := d.mentions[mi]
		if m.kind == MentionPronoun && (!m.subject || m.person != 3) || m.plural || d.oblique(m) {
			continue
		}
		e := d.resolve(mi)
		if e < 0 || e != g.last && e != g.prev || !d.departsAt(m.tok1, hi) {
			continue
		}
		if e == g.last {
			g.last = g.prev
		}
		g.prev, g.addressee = -1, -1
	}
}

// departsAt reports a verb of leaving within a few words from token k,
// in k's sentence, with no other person named between ("left the room",
// "had retired", "went away", "with a bow, withdrew"), before hi.
func (d *document) departsAt(k, hi int) bool {
	for j := k; j < hi && j < k+departReach && d.toks[j].sent == d.toks[k].sent; j++ {
		if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].kind != MentionPronoun {
			return false
		}
		if d.toks[j].kind == tokWord && d.leaves(j, hi) {
			return true
		}
	}
	return false
}

// departReach is how many tokens after its subject departsAt reads.
const departReach = 10

// leaves reports a verb of leaving at token j.
func (d *document) leaves(j, hi int) bool {
	next := ""
	if j+1 < hi && d.toks[j+1].kind == tokWord {
		next = d.info(j + 1).lower
	}
	switch d.info(j).lower {
	case "retired", "withdrew", "departed", "disappeared", "vanished":
		return true
	case "went":
		return next == "out" || next == "away" || next == "off"
	case "left":
		return next == "the" || next == "us" || next == "them" || next == "him" || next == "her" || next == "me"
	}
	return false
}
