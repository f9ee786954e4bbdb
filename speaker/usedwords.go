package speaker

// wordingNouns name a piece of wording that a person uses ("she used the
// phrase “fair shake”").
var wordingNouns = map[string]bool{
	"word": true, "words": true, "term": true, "terms": true, "phrase": true,
	"phrases": true, "expression": true, "label": true, "slogan": true,
}

// wordingVerbs are the finite forms of "use" whose subject is the one who
// uttered the wording; "using" is left out, its subject is often not in
// the clause ("blamed her for not using the term …").
var wordingVerbs = map[string]bool{"used": true, "uses": true}

// wordingOwner returns, in news, the subject of "used the words" (or
// phrase, term, …) right before quotation token qt, with at most a comma
// between: "When Ada used the words, “not yet,” she …" gives Ada. It
// returns -1 when there is no such construction.
func (d *document) wordingOwner(qt int) int {
	if d.genre != GenreNews {
		return -1
	}
	lo := d.sentenceStart(qt, 0)
	n := qt - 1
	if n >= lo && d.toks[n].kind != tokWord && d.word(d.toks[n]) == "," {
		n--
	}
	if n < lo || d.toks[n].kind != tokWord || !wordingNouns[d.info(n).lower] {
		return -1
	}
	return d.verbSubject(n-1, lo, "the", wordingVerbs)
}

// verbSubject returns the entity of the subject, one who can speak, of
// a verb of verbs at token v, or right before the word skip at v
// ("launched into", "used the"), reading no earlier than token lo; -1
// when there is no such verb or subject.
func (d *document) verbSubject(v, lo int, skip string, verbs map[string]bool) int {
	if v >= lo && d.toks[v].kind == tokWord && d.info(v).lower == skip {
		v--
	}
	if v < lo || d.toks[v].kind != tokWord || !verbs[d.info(v).lower] {
		return -1
	}
	if m := d.subjectBefore(v, lo); m >= 0 && d.canSpeak(m) {
		return d.resolve(m)
	}
	return -1
}
