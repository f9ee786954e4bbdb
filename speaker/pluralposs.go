package speaker

// A plural possessive ends in a bare apostrophe ("the pilots' union",
// "the nurses’ college"), which the tokenizer leaves as punctuation after
// the word. Inside a description it modifies the head noun after it, like
// "the pilots union" without the mark.

// pluralPossessive reports an apostrophe at token k written right after
// a lower-case word in -s and followed by a lower-case word of the same
// sentence: the mark of a plural possessive.
func (f *mentionFinder) pluralPossessive(k, hi int) bool {
	if k < 1 || k+1 >= hi {
		return false
	}
	t, prev, next := f.toks[k], f.toks[k-1], f.toks[k+1]
	if t.kind != tokPunct || prev.kind != tokWord || next.kind != tokWord || prev.upper || next.upper {
		return false
	}
	if w := f.d.word(t); w != "'" && w != "’" {
		return false
	}
	p := f.d.word(prev)
	return len(p) > 1 && p[len(p)-1] == 's' && prev.End == t.Start && t.End < next.Start && next.sent == t.sent
}
