package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

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

// listEntry reports a quotation that opens with a name read out as the
// head of an entry in a list or a register, surname first: "Quill,
// Edmund, F.R.S., 1871, Harwell." The surname is no known first name nor
// a common word, a known first name follows it, and the entry goes on
// with no clause (a capitalised word, a number, an abbreviation), where a
// call goes on with the words said to the one called ("Now, Edmund, you
// must eat"). Such a quotation calls no one: not the surname, not the
// given name, not the places that follow.
func (d *document) listEntry(toks []token) bool {
	if len(toks) < 5 || d.word(toks[1]) != "," || d.word(toks[3]) != "," {
		return false
	}
	for _, k := range []int{0, 2} {
		if toks[k].kind != tokWord || !toks[k].upper {
			return false
		}
	}
	surname := d.word(toks[0])
	if _, ok := lexicon.FirstNameGender(surname); ok || lexicon.IsStopName(surname) {
		return false
	}
	if _, ok := lexicon.FirstNameGender(d.word(toks[2])); !ok {
		return false
	}
	return toks[4].kind != tokWord || toks[4].upper || startsWithDigit(d.word(toks[4]))
}

// startsWithDigit reports a word that opens with a digit ("1871").
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
