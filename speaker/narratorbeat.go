package speaker

// narratorReacts handles a short paragraph of narration between two
// lines of a conversation that opens with the narrator acting ("I nodded.",
// "I did as he asked."), when the narrator is one of the two participants:
// the one who tells the story answered without words, and the next line
// of speech belongs to the other participant. It reports whether it
// applied.
func (d *document) narratorReacts(p int, g *dialogue) bool {
	n := d.index.narrator
	if n < 0 || g.last < 0 || g.prev < 0 || n != g.last && n != g.prev || g.lastQuote < 0 || d.quotePara[g.lastQuote] != p-1 {
		return false
	}
	lo := d.paraTok[p]
	if lo >= d.paraTok[p+1] || d.toks[lo].kind != tokWord || d.info(lo).lower != "i" {
		return false
	}
	if d.hasQuote(lo, d.paraTok[p+1]) {
		return false // a paragraph that quotes is not a wordless answer
	}
	g.answered(n, p)
	return true
}
