package speaker

// nameByReplyCall gives a line tagged only by "he said", "she said" or a
// description ("said our cook") to the person the next speaker calls by
// name in the reply that opens the next paragraph, wherever in that reply
// the name stands: "'The carriage is here, sir,' she said. ¶ 'So early?'
// he said. 'Tell the driver to wait, Mrs. Dale.'" gives the first line to
// Mrs. Dale. The name must fit the tag, must not be called in the tagged
// paragraph itself, and must not be the replier.
func (d *document) nameByReplyCall() {
	for q := range d.quotes {
		if d.attr[q].Rule != RuleCueAdjacent || d.attr[q].Speaker < 0 || !d.firstOfParagraph(q) {
			continue
		}
		if e := d.calledBack(q); e >= 0 && e != d.attr[q].Speaker {
			d.reattributeParagraph(q, d.attr[q].Speaker, e)
		}
	}
}

// firstOfParagraph reports whether q is the first spoken quotation of its
// paragraph.
func (d *document) firstOfParagraph(q int) bool {
	for p := q - 1; p >= 0 && d.quotePara[p] == d.quotePara[q]; p-- {
		if d.spokenLine(p) {
			return false
		}
	}
	return true
}

// calledBack returns the person called by name in the reply to quotation
// q's paragraph when q's tag is a third-person pronoun or a description
// and the name fits it; -1 otherwise.
func (d *document) calledBack(q int) int {
	mi := d.attrMent[q]
	if mi < 0 {
		return -1
	}
	if ci := d.cueOfLine(q, mi); ci < 0 || unspokenVerbs[d.cues[ci].lemma] {
		return -1 // nobody replies to a thought
	}
	m := d.mentions[mi]
	switch {
	case m.kind == MentionPronoun && (m.person != 3 || m.plural || !m.subject):
		return -1
	case m.kind == MentionNominal && (m.plural || d.entities[m.entity].proper && !isPossessiveDeterminer(d.word(d.toks[m.tok0]))):
		return -1
	case m.kind == MentionName:
		return -1
	}
	para := d.quotePara[q]
	r := q
	called := -1
	for ; r < len(d.quotes) && d.quotePara[r] <= para+1; r++ {
		if !d.spokenLine(r) {
			continue
		}
		v := d.vocativeIn(r)
		if d.quotePara[r] == para {
			if v >= 0 {
				return -1 // the tagged line calls someone itself
			}
			continue
		}
		if called < 0 && v >= 0 {
			called = v
		}
	}
	reply := d.replyAfter(q)
	if called < 0 || reply < 0 || called == d.index.narrator || !d.entities[called].proper || !d.fits(m, called) {
		return -1
	}
	if s := d.attr[reply].Speaker; s < 0 || s == called {
		return -1
	}
	return called
}

// unspokenVerbs are the cue verbs of words kept to oneself.
var unspokenVerbs = map[string]bool{"think": true, "wonder": true}

// cueOfLine returns the cue that tags quotation q through mention mi, or
// -1: the cue the attribution recorded, found next to the mention.
func (d *document) cueOfLine(q, mi int) int {
	m := d.mentions[mi]
	for k := max(m.tok0-4, 0); k < min(m.tok1+4, len(d.toks)); k++ {
		if ci := d.cueAt[k]; ci >= 0 && d.cues[ci].Span == d.attr[q].Cue {
			return ci
		}
	}
	return -1
}

// replyAfter returns the quotation opening the paragraph right after
// quotation q's, or -1.
func (d *document) replyAfter(q int) int {
	para := d.quotePara[q]
	for r := q + 1; r < len(d.quotes); r++ {
		if !d.spokenLine(r) || d.quotePara[r] == para {
			continue
		}
		if d.quotePara[r] != para+1 || d.quoteTok[r] != d.paraTok[para+1] {
			return -1
		}
		return r
	}
	return -1
}

// reattributeParagraph gives the quotations of q's paragraph from q on
// that entity old spoke to entity e.
func (d *document) reattributeParagraph(q, old, e int) {
	para := d.quotePara[q]
	for r := q; r < len(d.quotes) && d.quotePara[r] == para; r++ {
		if d.attr[r].Speaker == old {
			d.setSpeaker(r, e, RuleReplyCall, confReplyCall)
		}
	}
}
