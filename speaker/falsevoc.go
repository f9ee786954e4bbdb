package speaker

import "strings"

// politeAddress are the words a speaker who has just named himself goes
// on to address the listener with.
var politeAddress = map[string]bool{"sir": true, "madam": true, "ma'am": true, "ma’am": true, "miss": true, "mister": true}

// maxSelfRole is how many words may follow "your" in a self-introduction
// ("your humble servant").
const maxSelfRole = 3

// introducesSelf reports a name that opens a sentence of the quotation
// and is followed by what the speaker is to the listener, with no verb:
// "Captain Rook, your new neighbour, madam." or "Ada Pell, at your
// service." The name is the speaker's own, not a call.
func (d *document) introducesSelf(toks []token, i, end int) bool {
	if i > 0 && !sentenceBreak(d.word(toks[i-1])) || end+2 >= len(toks) || d.word(toks[end]) != "," {
		return false
	}
	k := end + 1
	if d.wordsAt(toks, k, []string{"at", "your", "service"}) {
		return true
	}
	if !strings.EqualFold(d.word(toks[k]), "your") {
		return false
	}
	k++
	n := 0
	for k < len(toks) && toks[k].kind == tokWord && !toks[k].upper && n < maxSelfRole {
		k, n = k+1, n+1
	}
	if n == 0 || k >= len(toks) {
		return false
	}
	switch d.word(toks[k]) {
	case ".", "!":
		return true
	case ",":
		return k+1 < len(toks) && politeAddress[strings.ToLower(d.word(toks[k+1]))]
	}
	return false
}
