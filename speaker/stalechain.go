package speaker

// maxStaleReach is how many tokens back staleExpected looks for the
// expected speaker's last line.
const maxStaleReach = 600

// staleExpected reports that the speaker a conversation expects for
// quotation q has dropped out of it: since that person's last line the
// narration has named someone else whom the cue's pronoun m fits exactly
// ("He had left his aunt. Miss Vane was glad to see him. … "…," she
// said."), and has not spoken of the expected speaker again. The
// turn-taking of the earlier scene no longer holds; the pronoun goes to
// the person now in view.
func (d *document) staleExpected(q int, m mention, expected int) bool {
	qt := d.quoteTok[q]
	if qt < 0 || !m.thirdSingular() {
		return false
	}
	from := -1
	for p := q - 1; p >= 0; p-- {
		t := d.quoteTok[p]
		if t >= 0 && qt-t > maxStaleReach {
			break
		}
		if t >= 0 && d.attr[p].Speaker == expected {
			from = d.quotePara[p] + 1 // after the line and its cue
			break
		}
	}
	if from < 0 {
		return false
	}
	named := false
	for p := from; p < len(d.paraTok)-1 && d.paraTok[p] < qt; p++ {
		lo, hi := d.paraTok[p], min(d.paraTok[p+1], qt)
		plain := p == d.quotePara[q] || !d.hasQuote(d.paraTok[p], d.paraTok[p+1])
		for k := lo; k < hi; k++ {
			mi := d.mentionAt[k]
			if mi < 0 {
				continue
			}
			c := d.mentions[mi]
			if c.entity == expected {
				return false
			}
			if plain && d.namesPerson(c) && d.agreement(m, d.entities[c.entity]) == agreeExactly {
				named = true
			}
		}
	}
	return named
}
