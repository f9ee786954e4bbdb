package speaker

// participleOpener reports a capitalised word in -ing at token i that
// opens its sentence as a participle clause: a comma follows, then a
// description whose speech verb comes before any other comma
// ("Sentencing, the judge told him", "Reacting, the mayor said"). A
// surname in -ing there is set off by a second comma ("Manning, the coach,
// said"), so it stays a name.
func (f *mentionFinder) participleOpener(i int) bool {
	if i+3 >= len(f.toks) || f.d.text[f.toks[i+1].Start:f.toks[i+1].End] != "," {
		return false
	}
	if !hasVerbEnding(f.d.word(f.toks[i])) || f.toks[i+2].kind != tokWord || f.toks[i+2].upper || !f.d.is(i+2, wDeterminer) {
		return false
	}
	for k := i + 3; k < len(f.toks) && k < i+8 && f.toks[k].sent == f.toks[i].sent; k++ {
		t := f.toks[k]
		if t.kind != tokWord {
			return false
		}
		if !t.upper && f.d.is(k, wVerb) {
			return true
		}
	}
	return false
}
