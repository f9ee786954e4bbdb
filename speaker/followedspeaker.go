package speaker

// minFollowed is how many sentences after a line the narration must open
// with its speaker, by name or as "he" or "she", for followedSpeaker to
// hold: a passage about the speaker, not a gesture.
const minFollowed = 2

// followedSpeaker returns the last speaker of conversation g when
// quotation q opens the paragraph right after that speaker's line, its
// cue pronoun m fits them, and the narration that goes on after the line
// in the same paragraph follows them alone ("…," cried Ada, turning.
// Ada was the best shot in the county. She had …. ¶ "…," she said.):
// at least minFollowed of its later sentences open with that speaker,
// every "he" or "she" of m's gender in subject position there is that
// speaker, no other person of the gender is named, and the one
// turn-taking expects (entity expected) is not mentioned.
// The narration has kept the speaker before the reader, and the pronoun
// goes on with them. It returns -1 otherwise.
func (d *document) followedSpeaker(q int, m mention, expected int, g *dialogue) int {
	p := d.quotePara[q]
	if !m.thirdSingular() || m.gender == GenderUnknown || p == 0 ||
		d.quoteTok[q] != d.paraTok[p] || g.last < 0 || g.last == expected || g.lastPara != p-1 || !d.fits(m, g.last) {
		return -1
	}
	lo := -1
	for k := d.paraTok[p-1]; k < d.paraTok[p]; k++ {
		if t := d.toks[k]; t.kind == tokQuote && d.attr[t.quote].Speaker == g.last {
			lo = k + 1
			break
		}
	}
	if lo < 0 {
		return -1
	}
	n := 0
	for k := lo; k < d.paraTok[p]; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.toks[k].kind == tokQuote {
			continue
		}
		c := d.mentions[mi]
		if c.entity == expected && expected >= 0 {
			return -1
		}
		later := c.sentence > d.toks[lo-1].sent
		switch {
		case c.kind == MentionName && c.entity == g.last && later && d.opensSentence(mi):
			n++ // "Ada was the best shot in the county."
		case d.namesPerson(c) && c.entity != g.last && d.agreement(m, d.entities[c.entity]) == agreeExactly:
			return -1
		case c.kind == MentionPronoun && c.subject && c.person == 3 && !c.plural && c.gender == m.gender && later:
			if d.resolve(mi) != g.last {
				return -1
			}
			if d.opensSentence(mi) {
				n++
			}
		}
	}
	if n < minFollowed {
		return -1
	}
	return g.last
}
