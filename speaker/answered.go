package speaker

import (
	"slices"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// answerAppearance gives lines, spoken by descriptions of gender g in one
// appearance (in text order), to the person the turn right before the
// first of them addresses by name ("Now, Tom, what would you like?" ¶
// "A shilling," said the boy): whoever answers a call by name is the one
// called, when the name neither speaks nor acts in the passage on its own.
func (d *document) answerAppearance(g Gender, lines []int) bool {
	a, z := lines[0], lines[len(lines)-1]
	p := d.quotePara[a]
	if p == 0 {
		return false
	}
	v := d.calledBefore(p-1, d.attr[a].Speaker)
	if v < 0 {
		return false
	}
	x := d.entities[v]
	if g != GenderUnknown && x.gender != GenderUnknown && x.gender != g {
		return false
	}
	lo := d.paraTok[p-1]
	hi := d.chainEnd(d.quotePara[z])
	if d.speaksIn(v, lo, hi) || d.namedIn(v, lo, d.paraTok[d.quotePara[z]+1]) {
		return false
	}
	if d.anySaysName(lines, v) {
		return false // "Ned is out," said the boy: the boy is not Ned
	}
	return d.giveLines(lines, v)
}

// anySaysName reports whether the words of one of lines hold a
// capitalised word of entity e's name (saysName).
func (d *document) anySaysName(lines []int, e int) bool {
	for _, q := range lines {
		if d.saysName(q, e) {
			return true
		}
	}
	return false
}

// saysName reports whether the words of quotation q hold a capitalised
// word of entity e's name.
func (d *document) saysName(q, e int) bool {
	for _, tok := range d.quoteWords(q) {
		if tok.kind == tokWord && tok.upper && slices.Contains(d.entities[e].keys, strings.ToLower(d.word(tok))) {
			return true
		}
	}
	return false
}

// calledBefore returns the one named person other than the narrator that
// the lines of paragraph p, all spoken by one speaker other than
// description e, address by name; -1 when p has no line, several
// speakers, or no or several such names.
func (d *document) calledBefore(p, e int) int {
	speaker, called := -1, -1
	for k := d.paraTok[p]; k < d.paraTok[p+1]; k++ {
		t := d.toks[k]
		if t.kind != tokQuote {
			continue
		}
		s := d.attr[t.quote].Speaker
		if s < 0 || s == e || speaker >= 0 && s != speaker {
			return -1
		}
		speaker = s
		v := d.vocativeIn(t.quote)
		if v < 0 {
			v = d.calledByNewName(t.quote)
		}
		if v < 0 {
			continue
		}
		if v == s || v == d.index.narrator || called >= 0 && v != called || !d.entities[v].proper || d.entities[v].kind != Person {
			return -1
		}
		called = v
	}
	return called
}

// namedIn reports whether the narration of tokens [lo, hi) names entity
// e.
func (d *document) namedIn(e, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].kind == MentionName && d.mentions[mi].entity == e {
			return true
		}
	}
	return false
}

// calledByNewName returns a character made for the one-word name that
// quotation q calls after other words ("Feel better, Hester?") when the text
// knows no such person: a capitalised word the text never writes in lower
// case, neither a title, a noun of kin or kind, nor a word kept from
// names. It returns -1 otherwise. Only a description answering the call
// makes the name a speaker (answerAppearance).
func (d *document) calledByNewName(q int) int {
	word := ""
	d.eachVocative(q, func(toks []token, i, end int) bool {
		if end == i+1 && i > 0 {
			word = d.word(toks[i]) // after words: "Good-morning," opening a line is a greeting
		}
		return false
	})
	lower := strings.ToLower(word)
	if len(word) < 2 || d.seenLower(word) || lexicon.IsStopName(lower) || personNouns[lower] || siblingNouns[lower] || kinship[lower] != "" {
		return -1
	}
	if _, ok := lexicon.LookupTitle(lower); ok {
		return -1
	}
	if _, ok := lexicon.LookupNominal(lower); ok {
		return -1
	}
	keys := nameKeys(word)
	for _, e := range d.index.holding(keys) {
		if d.entities[e].proper && d.entities[e].name == word {
			return e // made by an earlier call
		}
	}
	return d.addEntity(entity{name: word, size: 1, kind: Person, keys: keys, proper: true,
		variants: []variant{{name: word, size: 1, count: 1}}})
}
