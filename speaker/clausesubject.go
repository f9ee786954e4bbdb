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
