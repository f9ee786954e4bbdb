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
// admitted that he kept no office"): it reports speech in its
// own words and is not the cue of a quotation before it. News is left
// alone, where a fragment may stand before its speaker's "said that".
func (d *document) reportsSpeech(ci int) bool {
	if d.genre != GenreFiction {
		return false
	}
	k := d.cues[ci].tok1
	return k < len(d.toks) && d.toks[k].kind == tokWord && d.info(k).lower == "that"
}
