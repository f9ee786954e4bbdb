package speaker

// possessedSubject returns the person a description of someone's kin
// stands for when it opens the sentence of pronoun mi or the sentence
// before ("Ada's aunt frowned. Then “…,” she said."), and agrees with the
// pronoun exactly: the kin, found in the owner's family when the text
// names them, not the owner. It returns -1 otherwise.
func (d *document) possessedSubject(q, mi int) int {
	m := d.mentions[mi]
	if !m.thirdSingular() {
		return -1
	}
	for j := mi - 1; j > 0 && d.mentions[j].sentence >= m.sentence-1; j-- {
		c := d.mentions[j]
		if c.owner != j-1 || c.kind != MentionNominal || c.entity < 0 || !d.opensSentence(j-1) {
			continue
		}
		if d.mentions[j-1].kind != MentionName || d.agreement(m, d.entities[c.entity]) != agreeExactly {
			continue
		}
		if e := d.relative(q, j); e >= 0 {
			return e
		}
		return c.entity
	}
	return -1
}
