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

// pastShortOf returns the token after a short "of" phrase of lower-case
// words or numbers that starts at token k ("of forty years" in "his wife
// of forty years, Mirren,"), or k when none starts there.
func (d *document) pastShortOf(k int) int {
	if k >= len(d.toks) || d.toks[k].kind != tokWord || d.info(k).lower != "of" {
		return k
	}
	j := k + 1
	for j < len(d.toks) && j <= k+3 && d.toks[j].kind == tokWord && !d.toks[j].upper && !d.is(j, wVerb) {
		j++
	}
	if j == k+1 || j >= len(d.toks) || d.word(d.toks[j]) != "," {
		return k
	}
	return j
}
