package speaker

// replyAppearance gives lines, spoken by descriptions of gender g in one
// appearance (in text order), to the person the reply to the first of
// them addresses by name ("…?" said my cousin's wife. ¶ "My dear Agnes,"
// I answered): the one answered is the one who spoke, when the text names
// her only after that first line and she does not answer those lines as
// someone else. first holds each entity's first mention token.
func (d *document) replyAppearance(g Gender, lines []int, first []int) bool {
	a, z := lines[0], lines[len(lines)-1]
	p := d.quotePara[a]
	if p+1 >= len(d.paras) {
		return false
	}
	v := d.calledBefore(p+1, d.attr[a].Speaker) // -1 when she goes on speaking there
	if v < 0 {
		return false
	}
	if x := d.entities[v]; g != GenderUnknown && x.gender != GenderUnknown && x.gender != g {
		return false
	}
	if v < len(first) && first[v] < d.quoteTok[a] && !d.oneKin(lines) {
		return false // someone the text has named before is not the description
	}
	lo := d.paraTok[p]
	hi := d.chainEnd(d.quotePara[z])
	if d.partners(v, lines, lo, hi) {
		return false
	}
	if d.anySaysName(lines, v) {
		return false
	}
	return d.giveLines(lines, v)
}

// replyEachKin tries replyAppearance on the lines of each description of
// kin in an appearance that two descriptions share, from its own first
// line: "said my cousin" and, a few lines on, "said my aunt" are two
// people, and the reply to the aunt may call her by name when the reply
// to the cousin did not.
func (d *document) replyEachKin(g Gender, lines []int, first []int) {
	for i, q := range lines {
		e := d.attr[q].Speaker
		if i == 0 || e == d.attr[lines[0]].Speaker || !describesKin(d.entities[e].name) || d.speaksAny(lines[:i], e) {
			continue
		}
		var own []int
		for _, r := range lines[i:] {
			if d.attr[r].Speaker == e {
				own = append(own, r)
			}
		}
		d.replyAppearance(g, own, first)
	}
}

// speaksAny reports whether entity e speaks one of lines.
func (d *document) speaksAny(lines []int, e int) bool {
	for _, q := range lines {
		if d.attr[q].Speaker == e {
			return true
		}
	}
	return false
}

// oneKin reports lines that all belong to one description of kin ("my
// sister-in-law"): such a description is a fixed person of the family, who
// may well have been named before, so the reply that calls her by name
// names her.
func (d *document) oneKin(lines []int) bool {
	e := d.attr[lines[0]].Speaker
	if !describesKin(d.entities[e].name) {
		return false
	}
	for _, q := range lines {
		if d.attr[q].Speaker != e {
			return false
		}
	}
	return true
}
