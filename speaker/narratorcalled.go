package speaker

// narratorCalled reports whether quotation q, spoken by e, ends by
// calling someone by a name the story gives no character ("Are you
// coming, Hollis?") while a first-person narrator who has no name of
// their own takes part in the story: the others call the one who tells it
// by a name the narration, which says "I", never uses.
func (d *document) narratorCalled(q, e int) bool {
	n := d.index.narrator
	if n < 0 || e == n || len(d.entities[n].keys) > 0 || d.vocativeIn(q) >= 0 {
		return false
	}
	called := false
	d.eachVocative(q, func(toks []token, i, end int) bool {
		keys, honor := d.vocativeKeys(toks, i, end)
		last := end == len(toks) || end == len(toks)-1 && d.word(toks[end]) == "?"
		called = last && len(keys) == 1 && honor == "" && end == i+1 && d.entityNamed(toks, i, end) < 0
		return !called
	})
	return called
}
