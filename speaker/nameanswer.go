package speaker

import (
	"strings"
	"unicode"
)

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

// nameGiven returns the person whose name is all the words of quotation
// q when the line before asks for a name ("What's your name, love?" ¶
// "Bryony."): with no tag, the one asked answers with their own name. It
// returns -1 otherwise, and for the asker's own name.
func (d *document) nameGiven(q int) int {
	toks := d.quoteWords(q)
	if len(toks) == 0 || toks[0].kind != tokWord || !toks[0].upper || d.nameRunIn(toks, 0) < len(toks)-1 {
		return -1
	}
	end := d.nameRunIn(toks, 0)
	e := d.entityNamed(toks, 0, end)
	if e < 0 || d.entities[e].kind != Person && d.entities[e].kind != KindUnknown {
		return -1
	}
	p := d.spokenBefore(q)
	if p < 0 || d.quotePara[p] != d.quotePara[q]-1 || d.attr[p].Speaker == e || !d.asksName(p) {
		return -1
	}
	return e
}

// asksName reports a question for the name of the one asked: a line
// ending in a question mark whose last sentence says "your name" ("What's
// your name?", "And your name, sir?") or is "Name?" alone. "What is his
// name?" asks about someone else.
func (d *document) asksName(q int) bool {
	s := strings.TrimSpace(d.quotes[q].Content.Text(d.text))
	if !strings.HasSuffix(s, "?") {
		return false
	}
	if i := strings.LastIndexAny(strings.TrimSuffix(s, "?"), ".!?"); i >= 0 {
		s = s[i+1:]
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) == 1 && words[0] == "name" {
		return true // "Name?"
	}
	for i, w := range words {
		if w == "name" && i > 0 && words[i-1] == "your" {
			return true
		}
	}
	return false
}
