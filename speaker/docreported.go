package speaker

// documentReportedBefore returns, in news, the author of a text whose noun
// is the subject of a speech verb earlier in the sentence of quotation
// token qt, the quotation standing in the clause it reports ("The
// statement said both sides “Q”", "Her letter said the plan was “Q”"): the
// text is no speaker, its author is. It returns -1 when no such verb
// stands in the window before the quotation or the text has no author.
func (d *document) documentReportedBefore(qt int) int {
	if d.genre != GenreNews {
		return -1
	}
	start, end := d.beforeWindow(qt)
	for c := end - 1; c > start; c-- {
		ci := d.cueAt[c]
		if ci < 0 || d.cues[ci].tok0 != c || d.cues[ci].gerund || d.cues[ci].according {
			continue
		}
		return d.textAuthor(d.textNounBefore(c, start))
	}
	return -1
}

// accordingAuthor returns the agent that issued the text whose noun is
// token k when the noun is the object of "according to" and a participle
// and "by" or "from" follow it ("according to a readout released by the
// minister's office"), or -1. With no speaker of its own in the clause,
// the one who put the text out is its author.
func (d *document) accordingAuthor(k int) int {
	j := k - 1
	if j > 0 && d.is(j, wDeterminer) {
		j--
	}
	if j < 1 || d.info(j).lower != "to" || d.info(j-1).lower != "according" {
		return -1
	}
	if k+1 >= len(d.toks) || d.toks[k+1].kind != tokWord || !issuingVerbs[d.info(k+1).lower] {
		return -1
	}
	return d.fromAuthor(k + 1)
}

// textSubject reports the text noun at token k opening its sentence,
// which starts at token lo, with a determiner of a text met before and
// a speech verb right after ("The readout said …"): a later mention of
// the text, not where it was issued.
func (d *document) textSubject(k, lo int) bool {
	return k-1 == lo && documentDeterminers[d.info(lo).lower] && k+1 < len(d.toks) && d.cueAt[k+1] >= 0
}

// oneTextFrom reports "a", "an" or "one" at token k opening a text's noun
// whose author "from" or "by" names ("read one text from X", "said a
// letter from the board"): a text not met before, put to its author at
// once.
func (d *document) oneTextFrom(k int) bool {
	w := d.info(k).lower
	return (w == "a" || w == "an" || w == "one") && d.fromAuthor(k+1) >= 0
}
