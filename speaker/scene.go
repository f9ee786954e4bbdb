package speaker

// sceneBreak reports whether paragraph p is a row of marks with no word
// ("* * *", "---"): the story moves to another scene, and the
// conversation before it is over.
func (d *document) sceneBreak(p int) bool {
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	if lo == hi {
		return false
	}
	for k := lo; k < hi; k++ {
		if d.toks[k].kind != tokPunct {
			return false
		}
	}
	return true
}

// sceneStart returns the earliest of the n paragraphs before paragraph p
// (and p itself) that lies in p's scene: it stops after a scene break.
func (d *document) sceneStart(p, n int) int {
	for s := p - 1; s >= max(0, p-n); s-- {
		if d.sceneBreak(s) {
			return s + 1
		}
	}
	return max(0, p-n)
}
