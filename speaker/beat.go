package speaker

// beatSubject returns the person who is the subject of the sentence of
// narration that leads straight into quotation q within its paragraph
// ("The girl came straight to her hostess. "…"", "Then he turned. "…""):
// the first mention of that sentence that is not governed by a
// preposition, not a possessive and not an object pronoun. It returns -1
// when q opens its paragraph, when a quotation stands in that sentence,
// or when the subject is not one person.
func (d *document) beatSubject(q int) int {
	lo, qt := d.paraTok[d.quotePara[q]], d.quoteTok[q]
	if qt <= lo {
		return -1
	}
	start := d.sentenceStart(qt-1, lo)
	if d.hasQuote(start, qt) {
		return -1
	}
	return d.subjectFrom(start, qt)
}

// subjectFrom returns the first person mention of tokens [start, end) not
// governed by a preposition, not a possessive and not an object pronoun,
// when it is one person who can speak; -1 otherwise.
func (d *document) subjectFrom(start, end int) int {
	for k := start; k < end; k++ {
		mi := d.mentionOpening(k)
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if d.oblique(m) || m.kind == MentionPronoun && !m.subject {
			continue
		}
		if m.plural || m.place || m.collective() || m.person == 2 || !d.canSpeak(mi) {
			return -1
		}
		return mi
	}
	return -1
}

// sentenceStart returns the first token of the sentence of token k, not
// before token lo.
func (d *document) sentenceStart(k, lo int) int {
	sent := d.toks[k].sent
	for k > lo && d.toks[k-1].sent == sent {
		k--
	}
	return k
}

// trailingSubject returns the person who is the subject of the last
// sentence of the paragraph before quotation q when that paragraph holds
// speech and ends with a sentence of narration after it ("'…,' cried
// she, and sank back. Her niece stepped forward. ¶ '…'"), and q opens its
// own paragraph: the one the narration leaves acting is about to speak.
// It returns -1 otherwise.
func (d *document) trailingSubject(q int) int {
	p := d.quotePara[q]
	if p == 0 || d.quoteTok[q] != d.paraTok[p] {
		return -1
	}
	lo, hi := d.paraTok[p-1], d.paraTok[p]
	if hi == lo || d.toks[hi-1].kind == tokQuote {
		return -1
	}
	start := d.sentenceStart(hi-1, lo)
	if !d.hasQuote(lo, start) {
		return -1 // narration only: narrationTurn reads it
	}
	if d.hasQuote(start, hi) || d.toks[start-1].kind == tokQuote && d.cueWithin(start, min(hi, start+3)) {
		return -1 // the cue of the paragraph's speech ("…" asked he, walking off.)
	}
	mi := d.subjectFrom(start, hi)
	if mi >= 0 && d.mentions[mi].person != 3 {
		return -1 // "I" in a story told inside a quotation
	}
	return mi
}

// followingSubject returns the person who is the subject of the first
// sentence of the paragraph of narration right after quotation q, when q
// ends its paragraph and that paragraph holds no speech (""Evening, all!"
// ¶ Tom lay stretched out on the sofa."): with nothing before to tell,
// the narration that follows shows who spoke. The subject must be a named
// character or a pronoun resolved to one. It returns -1 otherwise.
func (d *document) followingSubject(q int) int {
	p := d.quotePara[q]
	if p+1 >= len(d.paras) || d.quoteTok[q] != d.paraTok[p+1]-1 || d.quotes[q].Unclosed {
		return -1
	}
	lo, hi := d.paraTok[p+1], d.paraTok[p+2]
	if lo == hi || d.hasQuote(lo, hi) {
		return -1
	}
	end := lo
	for end < hi && d.toks[end].sent == d.toks[lo].sent {
		end++
	}
	mi := d.subjectFrom(lo, end)
	if mi < 0 || d.mentions[mi].person != 3 || d.mentions[mi].kind == MentionNominal {
		return -1 // "Never was a man so …" names nobody
	}
	if e := d.resolve(mi); e < 0 || !d.entities[e].proper {
		return -1 // a "he" read as a description is too weak a guess
	}
	return mi
}

// cueWithin reports whether a speech verb stands among tokens [lo, hi).
func (d *document) cueWithin(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.cueAt[k] >= 0 {
			return true
		}
	}
	return false
}
