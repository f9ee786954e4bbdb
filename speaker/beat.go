package speaker

// beatSubject returns the person who is the subject of the sentence of
// narration that leads straight into quotation q within its paragraph
// ("The girl came straight to her hostess. "…"", "Then he turned. "…""):
// the first mention of that sentence that is not governed by a
// preposition, not a possessive and not an object pronoun. It returns -1
// when q opens its paragraph, when a quotation stands in that sentence,
// or when the subject is not one person.
func (d *document) beatSubject(q int) int {
	lo, qt := d.paraTok[d.quotePara[q]], d.quoteTok[q]
	if qt <= lo {
		return -1
	}
	start := d.sentenceStart(qt-1, lo)
	for k := start; k < qt; k++ {
		if d.toks[k].kind == tokQuote {
			return -1
		}
	}
	for k := start; k < qt; k++ {
		mi := d.mentionIn[k]
		if mi < 0 || d.mentions[mi].tok0 != k {
			continue
		}
		m := d.mentions[mi]
		if d.oblique(m) || m.kind == MentionPronoun && !m.subject {
			continue
		}
		if m.plural || m.place || m.ekind == Organization || m.ekind == Group || m.person == 2 || !d.canSpeak(mi) {
			return -1
		}
		return mi
	}
	return -1
}

// sentenceStart returns the first token of the sentence of token k, not
// before token lo.
func (d *document) sentenceStart(k, lo int) int {
	sent := d.toks[k].sent
	for k > lo && d.toks[k-1].sent == sent {
		k--
	}
	return k
}
