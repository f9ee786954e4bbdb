package speaker

// lastJoinedSubject returns the subject of the last clause joined by ", and"
// to the sentence whose subject is mention mi, reading up to token hi
// ("Nan swept the floor, and Will set the table."): the last of a row of
// actors is the one in view when a line of speech follows. It returns mi
// when no named person opens a later clause.
func (d *document) lastJoinedSubject(mi, hi int) int {
	m := d.mentions[mi]
	if m.kind == MentionPronoun {
		return mi
	}
	best := mi
	for k := m.tok1; k < hi && d.toks[k].sent == m.sentence; k++ {
		j := d.mentionAt[k]
		if j < 0 || j == mi || d.mentions[j].tok0 != k || k < 2 {
			continue
		}
		c := d.mentions[j]
		if c.kind == MentionPronoun || c.plural || c.ekind == Organization || c.ekind == Group || !d.canSpeak(j) || d.oblique(c) {
			continue
		}
		if d.info(k-1).lower == "and" && d.toks[k-2].kind == tokPunct && d.word(d.toks[k-2]) == "," {
			best = j
		}
	}
	return best
}
