package speaker

// lostApostrophe reports a lone "s" at token j right after a name, one
// space after it and followed by a lower-case word of the same sentence
// ("Nora s mother"): the possessive of a text whose apostrophes were lost
// in conversion.
func (f *mentionFinder) lostApostrophe(j, hi int) bool {
	if j == 0 || j+1 >= hi || f.toks[j].kind != tokWord || f.d.word(f.toks[j]) != "s" {
		return false
	}
	if f.toks[j].Start != f.toks[j-1].End+1 || f.toks[j+1].kind != tokWord || f.toks[j+1].upper {
		return false
	}
	return f.toks[j].sent == f.toks[j-1].sent && f.toks[j+1].sent == f.toks[j].sent
}
