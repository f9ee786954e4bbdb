package speaker

// opensJoinedClause reports mention j as the subject of a clause joined
// to its sentence after a comma or semicolon ("…, and Tom paced around
// him", "…; but Ann was silent"): a subject as much as the sentence's
// first mention.
func (d *document) opensJoinedClause(j int) bool {
	k := d.mentions[j].tok0 - 1
	if k < 1 || d.toks[k].sent != d.mentions[j].sentence {
		return false
	}
	if d.toks[k].kind == tokWord {
		switch d.info(k).lower {
		case "and", "but", "then", "while", "when", "as":
			k--
		default:
			return false
		}
	}
	if d.toks[k].kind != tokPunct {
		return false
	}
	p := d.word(d.toks[k])
	return p == "," || p == ";"
}

// reportsSpeech reports cue ci of fiction followed by "that" ("Tom
// conceded that nobody did"): it reports speech in its
// own words and is not the cue of a quotation before it. News is left
// alone, where a fragment may stand before its speaker's "said that".
func (d *document) reportsSpeech(ci int) bool {
	if d.genre != GenreFiction {
		return false
	}
	k := d.cues[ci].tok1
	return k < len(d.toks) && d.toks[k].kind == tokWord && d.info(k).lower == "that"
}

// gerundSubject returns the subject of the clause that a gerund cue at
// token k goes with in fiction ("Tom was skimming stones, and Nora was
// pacing the bank and calling …"): the nearest mention before k in its
// sentence that opens a clause and is followed by its verb; -1 when
// there is none.
func (d *document) gerundSubject(k, lo int) int {
	sent := d.toks[k].sent
	for j := k - 1; j >= lo && d.toks[j].sent == sent && d.toks[j].kind != tokQuote; j-- {
		m := d.mentionIn[j]
		if m < 0 || d.mentions[m].tok0 != j || !d.canSpeak(m) || !d.opensClause(j, lo) {
			continue
		}
		if next := d.mentions[m].tok1; next < k && d.toks[next].kind == tokWord {
			return m
		}
	}
	return -1
}

// introducesQuote reports cue ci followed right away, after at most a
// comma or a colon, by the quotation at token hi or later ("saying,
// "…""): the cue of the quotation being attributed, not of one before.
func (d *document) introducesQuote(ci, hi int) bool {
	k := d.cues[ci].tok1
	if k < len(d.toks) && d.toks[k].kind == tokPunct && (d.word(d.toks[k]) == "," || d.word(d.toks[k]) == ":") {
		k++
	}
	return k >= hi && k < len(d.toks) && d.toks[k].kind == tokQuote && d.toks[k].sent == d.toks[d.cues[ci].tok0].sent
}
