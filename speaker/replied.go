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
	if v < len(first) && first[v] < d.quoteTok[a] {
		return false // someone the text has named before is not the description
	}
	lo := d.paraTok[p]
	hi := d.paraTok[min(d.quotePara[z]+chainGap+1, len(d.paras))]
	if d.partners(v, lines, lo, hi) {
		return false
	}
	for _, q := range lines {
		if d.saysName(q, v) {
			return false
		}
	}
	return d.giveLines(lines, v)
}
