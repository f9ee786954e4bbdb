package speaker

// placePhraseAt reports a phrase at token k that says where a described
// person lives or works ("of the Bayview estate", "at Kelby Hospital"),
// whose capitalised words belong to the description, not to a name.
func (d *document) placePhraseAt(k, hi int) bool {
	if k+1 >= hi || d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "of", "from", "in", "at":
		return true
	}
	return false
}
