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

// namedOwner returns the entity of the name that owns description m
// ("Nora's mother" is owned by Nora); named is false when no name owns
// it.
func (d *document) namedOwner(m mention) (owner int, named bool) {
	if m.owner < 0 || m.owner >= len(d.mentions) || d.mentions[m.owner].kind != MentionName {
		return -1, false
	}
	return d.mentions[m.owner].entity, true
}
