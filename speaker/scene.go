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
