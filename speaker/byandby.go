package speaker

// idiomPreposition reports a preposition at token k that closes an
// adverbial idiom ("by and by", "on and on", "over and over"): the name
// after it is the subject of its clause ("By and by Ned woke up."), not
// the object of the preposition.
func (d *document) idiomPreposition(k int) bool {
	if k < 2 || d.toks[k-1].kind != tokWord || d.toks[k-2].kind != tokWord {
		return false
	}
	w := d.info(k).lower
	return d.info(k-1).lower == "and" && d.info(k-2).lower == w
}
