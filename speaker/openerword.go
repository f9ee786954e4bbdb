package speaker

// openerFollowers are lower-case words that follow an adverb, adjective or
// noun opening a sentence ("Long after dark", "Truth to tell", "Years ago
// the"), and never a name that is the subject of its clause.
var openerFollowers = map[string]bool{
	"after": true, "before": true, "ago": true, "enough": true, "to": true,
	"since": true, "until": true, "till": true,
}

// commonOpener reports a sentence's first word that opens it as a common
// word does: followed by one of openerFollowers, and neither a given name
// nor a title ("Long after midnight the lamps went out" names no Long).
func (f *mentionFinder) commonOpener(i int) bool {
	w := f.d.word(f.toks[i])
	if titleOrGivenName(w) {
		return false
	}
	j := i + 1
	if j >= len(f.toks) || f.toks[j].kind != tokWord || f.toks[j].upper || f.toks[j].sent != f.toks[i].sent {
		return false
	}
	return openerFollowers[f.d.info(j).lower]
}
