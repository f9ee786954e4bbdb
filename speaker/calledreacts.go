package speaker

// calledReacts returns the person a pronoun opening the narration of
// paragraph p after a line stands for when that line called someone by
// name: "she" in the paragraph after "Why, Nell, …" is Nell, who takes in
// what was said to her, not the one who said it; the paragraph's other
// pronouns that meant the speaker then mean her too. It returns e
// otherwise.
func (d *document) calledReacts(p, mi, e int, g *dialogue) int {
	m := d.mentions[mi]
	if m.kind != MentionPronoun || e != g.last || g.lastQuote < 0 {
		return e
	}
	a := d.vocativeIn(g.lastQuote)
	if a < 0 || a == e || a != g.prev || !d.fits(m, a) {
		return e
	}
	for k := d.paraTok[p]; k < d.paraTok[p+1]; k++ {
		j := d.mentionAt[k]
		if j >= 0 && d.mentions[j].kind == MentionPronoun && d.mentions[j].gender == m.gender && d.resolve(j) == e {
			d.rebind(j, a)
		}
	}
	return a
}
