package speaker

import "strings"

// answersWithName reports whether quotation q, whose words toks are a
// name run [i, end) and at most a closing mark, replies to a question in
// the line just before it (“Name?” … “Tom Pellow,” said his sister):
// the name answers the question and addresses nobody.
func (d *document) answersWithName(q int, toks []token, i, end int) bool {
	if i != 0 || end < len(toks)-1 || d.quoteTok[q] < 0 {
		return false
	}
	p := d.spokenBefore(q)
	if p < 0 || d.quotePara[p] < d.quotePara[q]-1 {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(d.quotes[p].Content.Text(d.text)), "?")
}

// spokenBefore returns the top-level quotation before q, or -1.
func (d *document) spokenBefore(q int) int {
	for j := q - 1; j >= 0; j-- {
		if d.quoteTok[j] >= 0 {
			return j
		}
	}
	return -1
}
