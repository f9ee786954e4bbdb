package speaker

// onlyParticipants reports whether every person tokens [lo, hi) mention
// by name or as "he", "she" or "I" is one of the two in the conversation,
// and both are there ("He rose and went to the window. I watched him."):
// such narration shows the pair still together and leaves the turn as it
// was.
func (d *document) onlyParticipants(lo, hi int, g *dialogue) bool {
	if g.prev < 0 {
		return false
	}
	seenLast, seenPrev := false, false
	for k := lo; k < hi; k++ {
		mi := d.mentionOpening(k)
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ekind == Organization || m.place {
			continue
		}
		if m.plural || m.ekind == Group || m.kind == MentionPronoun && m.person == 2 {
			return false
		}
		switch d.resolve(mi) {
		case g.last:
			seenLast = true
		case g.prev:
			seenPrev = true
		default:
			return false
		}
	}
	return seenLast && seenPrev
}
