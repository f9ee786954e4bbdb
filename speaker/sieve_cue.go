package speaker

import "github.com/quoteattr/quoteattr/quote"

// maxCueGap is how many tokens may stand between a cue before a
// quotation and the quotation ("told reporters in a short news conference:").
const maxCueGap = 10

// afterWindow returns the tokens [qt+1, end) that follow quotation token
// qt in its sentence, up to the next quotation or the paragraph's end.
func (d *document) afterWindow(qt int) (int, int) {
	_, hi := d.paraBounds(qt)
	lo := qt + 1
	end := lo
	for end < hi && d.toks[end].kind != tokQuote && d.toks[end].sent == d.toks[lo].sent {
		end++
	}
	return lo, end
}

// beforeWindow returns the tokens [start, qt) of the quotation's sentence
// before quotation token qt, back to the previous quotation or the
// paragraph's start.
func (d *document) beforeWindow(qt int) (int, int) {
	lo, _ := d.paraBounds(qt)
	start := qt
	for start > lo && d.toks[start-1].kind != tokQuote && d.toks[start-1].sent == d.toks[qt].sent {
		start--
	}
	return start, qt
}

// sieveCueAdjacent attributes a quotation to the subject of a speech verb
// right after it ("Q," X said / "Q," said X / "Q?" X asked rhetorically)
// or right before it (X said, "Q" / X told reporters: "Q").
func (d *document) sieveCueAdjacent() {
	for q := range d.quotes {
		if !d.open(q) || d.isPending(q) {
			continue
		}
		qt := d.quoteTok[q]
		if mi, ci := d.cueAfter(qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueAdjacent, d.cueConfidence(mi))
			continue
		}
		if mi, ci, near := d.cueBefore(qt); mi >= 0 {
			rule, conf := RuleCueAdjacent, d.cueConfidence(mi)
			if !near {
				rule, conf = RuleCueSentence, confSentence
			}
			d.attributeCue(q, mi, ci, rule, conf)
		}
	}
}

// cueAfter finds a cue that starts the narration after quotation token qt
// with its subject: the subject or the verb must come first.
func (d *document) cueAfter(qt int) (mention, cueIndex int) {
	lo, hi := d.afterWindow(qt)
	first := lo
	for first < hi && d.toks[first].kind == tokPunct && d.word(d.toks[first]) == "," {
		first++
	}
	if d.introducesNext(first, hi) {
		return -1, -1
	}
	for k := first; k < hi && k < first+maxCueGap+12; k++ {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according {
			continue
		}
		mi := d.subjectOf(ci, first, hi)
		if mi < 0 {
			return -1, -1
		}
		if d.mentions[mi].tok0 != first && d.cues[ci].tok0 > first+2 || d.cues[ci].gerund {
			return -1, -1
		}
		return mi, ci
	}
	return -1, -1
}

// introducesNext reports an "and" clause [first, hi) that leads into the
// next quotation of the paragraph (`X said, "A," and Y said, "B."`): its
// cue belongs to the quotation after it.
func (d *document) introducesNext(first, hi int) bool {
	if first >= hi || hi >= len(d.toks) || d.toks[hi].kind != tokQuote || d.paraOf(hi) != d.paraOf(first) {
		return false
	}
	w := d.word(d.toks[first])
	return d.toks[first].kind == tokWord && (w == "and" || w == "but" || w == "then") && d.introduces(first, hi)
}

// cueBefore finds the nearest cue before quotation token qt in its
// sentence and that cue's subject. near reports a cue that introduces the
// quotation directly (at most a few words, then a comma or colon), as
// opposed to a cue whose clause holds the quotation (X said that … "Q").
func (d *document) cueBefore(qt int) (mention, cueIndex int, near bool) {
	start, end := d.beforeWindow(qt)
	fm, fc := -1, -1 // a cue whose subject is a description of a thing, kept in case
	for k := end - 1; k >= start; k-- {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according {
			continue
		}
		mi := d.subjectOf(ci, start, end)
		if mi < 0 {
			continue
		}
		if d.isThing(mi) {
			if fm < 0 {
				fm, fc = mi, ci
			}
			continue // "…said that the platform should reiterate …": look further left
		}
		gap := end - d.cues[ci].tok1
		return mi, ci, gap <= maxCueGap && d.introduces(d.cues[ci].tok1, end)
	}
	if fm >= 0 {
		return fm, fc, end-d.cues[fc].tok1 <= maxCueGap && d.introduces(d.cues[fc].tok1, end)
	}
	return -1, -1, false
}

// isThing reports a description whose head is neither a person, a group
// nor a kind of organisation known to speak: "the platform", "the report".
func (d *document) isThing(mi int) bool {
	m := d.mentions[mi]
	return m.kind == MentionNominal && m.ekind == KindUnknown
}

// introduces reports whether the tokens [lo, hi) between a cue and its
// quotation end with a comma or colon and hold no "that" clause.
func (d *document) introduces(lo, hi int) bool {
	if hi == lo {
		return true
	}
	for k := lo; k < hi; k++ {
		if w := d.word(d.toks[k]); w == "that" || w == "if" || w == "whether" {
			return false
		}
	}
	last := d.word(d.toks[hi-1])
	return last == "," || last == ":"
}

// sieveCueSentence attributes a quotation inside reported speech to the
// subject of a speech verb elsewhere in its sentence (X said that … "Q").
func (d *document) sieveCueSentence() {
	for q := range d.quotes {
		if !d.open(q) || d.isPending(q) {
			continue
		}
		qt := d.quoteTok[q]
		if mi, ci, _ := d.cueBefore(qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueSentence, confSentence)
			continue
		}
		if p := d.previousQuoteInSentence(qt); p >= 0 && d.attr[p].Speaker >= 0 {
			continue // the quotation before in the sentence lends its speaker (split-quote)
		}
		lo, hi := d.afterWindow(qt)
		for k := lo; k < hi; k++ {
			if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].according {
				if mi := d.subjectOf(ci, lo, hi); mi >= 0 {
					d.attributeCue(q, mi, ci, RuleCueSentence, confSentence)
					break
				}
			}
		}
	}
}

// isPending reports a quotation whose cue waits for the dialogue pass.
func (d *document) isPending(q int) bool {
	_, ok := d.pending[q]
	return ok
}

// previousQuoteInSentence returns the attributable quotation before
// quotation token qt in its sentence, or -1.
func (d *document) previousQuoteInSentence(qt int) int {
	lo, _ := d.paraBounds(qt)
	for k := qt - 1; k >= lo && d.toks[k].sent == d.toks[qt].sent; k-- {
		if t := d.toks[k]; t.kind == tokQuote && d.quoteTok[t.quote] == k && d.kinds[t.quote] != quote.Term {
			return t.quote
		}
	}
	return -1
}
