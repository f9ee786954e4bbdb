package speaker

// sieveParagraphSpeaker attributes a quotation whose paragraph's narration
// names exactly one person who could speak (Clara smiled. "Q").
func (d *document) sieveParagraphSpeaker() {
	if d.genre == GenreFiction {
		return // the dialogue pass handles fiction
	}
	for q := range d.openQuotes() {
		mi, only := d.paragraphPerson(d.quotePara[q])
		if !only || d.afterLowerWord(mi) {
			continue
		}
		d.attribute(q, mi, -1, RuleParagraphSpeaker, confParagraph)
	}
}

// afterLowerWord reports a mention right after a lower-case word of its
// sentence other than "and" or "but" or a determiner's modifier: the object of a verb or a
// preposition ("described Lee sitting …", "lost to Ann Lee"), not the
// one who speaks in the paragraph.
func (d *document) afterLowerWord(mi int) bool {
	k := d.mentions[mi].tok0 - 1
	if k < 0 || d.toks[k].kind != tokWord || d.toks[k].upper || d.toks[k].sent != d.toks[k+1].sent {
		return false
	}
	if k > 0 && d.toks[k-1].kind == tokWord && d.is(k-1, wDeterminer) {
		return false // "an angry Lee": a modifier of the mention itself
	}
	w := d.info(k).lower
	return w != "and" && w != "but"
}

// onlyPerson returns the first person mention of tokens [lo, hi) and
// whether every person mentioned there is the same entity.
func (d *document) onlyPerson(lo, hi int) (int, bool) {
	first, entity := -1, -1
	for k := lo; k < hi; k++ {
		mi := d.mentionOpening(k)
		if mi < 0 || !d.canSpeak(mi) {
			continue
		}
		m := d.mentions[mi]
		if m.kind == MentionPronoun && !m.subject || m.collective() {
			continue
		}
		e := d.resolve(mi)
		if e < 0 || d.entities[e].kind != Person {
			continue
		}
		if entity >= 0 && e != entity {
			return -1, false
		}
		if first < 0 {
			first, entity = mi, e
		}
	}
	return first, first >= 0
}

// quoteOnly reports whether paragraph p holds only quotations and
// punctuation.
func (d *document) quoteOnly(p int) bool {
	if len(d.quoteOnlyC) != len(d.paras) {
		d.quoteOnlyC = sized(d.quoteOnlyC, len(d.paras), -1)
	}
	if d.quoteOnlyC[p] < 0 {
		d.quoteOnlyC[p] = 0
		if d.scanQuoteOnly(p) {
			d.quoteOnlyC[p] = 1
		}
	}
	return d.quoteOnlyC[p] == 1
}

// scanQuoteOnly reads paragraph p for quoteOnly.
func (d *document) scanQuoteOnly(p int) bool {
	hasQuote := false
	for k := d.paraTok[p]; k < d.paraTok[p+1]; k++ {
		switch d.toks[k].kind {
		case tokWord:
			return false
		case tokQuote:
			hasQuote = true
		}
	}
	return hasQuote
}

// lastSpeakerOf returns the speaker of the last attributed quotation of
// paragraph p, or -1.
func (d *document) lastSpeakerOf(p int) int {
	for k := d.paraTok[p+1] - 1; k >= d.paraTok[p]; k-- {
		t := d.toks[k]
		if t.kind == tokQuote && d.attr[t.quote].Speaker >= 0 {
			return d.attr[t.quote].Speaker
		}
	}
	return -1
}

// sieveContinuation gives a paragraph that is only a quotation the
// speaker of the quotation in the paragraph before (the news convention),
// or, when that paragraph has no quotation, the subject of its speech verb.
func (d *document) sieveContinuation() {
	if d.genre == GenreFiction {
		return
	}
	faq := d.questionHeadings()
	for q := range d.openQuotes() {
		p := d.quotePara[q]
		if p <= 0 || !d.quoteOnly(p) || faq && d.questionHeading(p) {
			continue
		}
		if e := d.lastSpeakerOf(p - 1); e >= 0 {
			d.attributeEntity(q, e, RuleContinuation, confContinued)
			continue
		}
		if mi, ci := d.lastCueSubject(p - 1); mi >= 0 {
			d.attribute(q, mi, ci, RuleContinuation, confContinued*0.9)
			d.attr[q].Mention, d.attr[q].Cue = Span{}, Span{}
		}
	}
}

// lastCueSubject returns the subject of the last speech verb of paragraph
// p and the cue, or -1.
func (d *document) lastCueSubject(p int) (int, int) {
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	for k := hi - 1; k >= lo; k-- {
		if ci := d.cueAt[k]; ci >= 0 {
			if mi := d.subjectOf(ci, lo, hi); mi >= 0 {
				return mi, ci
			}
		}
	}
	return -1, -1
}

// paragraphPerson is onlyPerson over paragraph p, computed once per
// paragraph: attribution asks it for every quotation of the paragraph.
func (d *document) paragraphPerson(p int) (int, bool) {
	if len(d.onlyCache) != len(d.paras) {
		d.onlyCache = sized(d.onlyCache, len(d.paras), -3)
	}
	if d.onlyCache[p] == -3 {
		mi, only := d.onlyPerson(d.paraTok[p], d.paraTok[p+1])
		d.onlyCache[p] = -1
		if only {
			d.onlyCache[p] = mi
		}
	}
	if m := d.onlyCache[p]; m >= 0 {
		return m, true
	}
	return -1, false
}
