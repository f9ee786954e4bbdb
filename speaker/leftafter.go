package speaker

// lineDepartures reads the narration of paragraph p, whose last line of
// speech has just been attributed, for the speaker leaving with the line
// ("…," said the sergeant as he went out; "…," remarked Hal as they left
// the room). The one who leaves answers nobody afterwards, and the "he"
// of the next paragraphs is someone who stayed: the conversation and the
// salience tracker forget them. "They" leaving takes the speaker and the
// one the line addressed. Only a pronoun subject counts: a name before
// "as they left" is the speaker, not the one who goes.
func (d *document) lineDepartures(p int, g *dialogue) {
	if g.last < 0 || g.lastPara != p {
		return
	}
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	for lo < hi && d.toks[lo].kind != tokQuote {
		lo++ // the narration before the first line is a beat, not a cue
	}
	for k := lo; k < hi; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.toks[k].kind == tokQuote {
			continue
		}
		m := d.mentions[mi]
		if m.kind != MentionPronoun || !m.subject || m.person != 3 || !d.departsAt(m.tok1, hi) {
			continue
		}
		gone := [2]int{d.resolve(mi), -1}
		if m.plural {
			gone = [2]int{g.last, g.addressee}
		}
		if gone[0] != g.last {
			continue
		}
		d.leave(gone, hi, g)
		return
	}
}

// leave makes the people in gone (-1 for none) leave the conversation g
// and, once the narration before token hi has been read, the salience
// tracker.
func (d *document) leave(gone [2]int, hi int, g *dialogue) {
	d.readBefore(hi)
	for _, e := range gone {
		if e >= 0 {
			d.sal.forget(e)
		}
	}
	g.last = g.prev
	if gone[1] >= 0 && gone[1] == g.last {
		g.last = -1
	}
	g.prev, g.addressee = -1, -1
}

// forget drops entity e from view: it has left the scene.
func (s *salience) forget(e int) {
	if e >= len(s.weight) || s.weight[e] < salFloor {
		return
	}
	s.weight[e], s.credit[e] = 0, 0
	for i, x := range s.active {
		if x == e {
			s.active = append(s.active[:i], s.active[i+1:]...)
			return
		}
	}
}
