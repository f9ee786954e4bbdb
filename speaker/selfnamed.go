package speaker

import "strings"

// selfNamePhrases open a speaker's words about their own name, at the start
// of a sentence of the quotation: the name follows them.
var selfNamePhrases = [][]string{
	{"my", "name", "is"},
	{"my", "name's"},
	{"my", "name’s"},
	{"i", "am"},
	{"i'm"},
	{"i’m"},
}

// nameConfirmations open the words that follow a bare name and say it is
// the speaker's own (""Tom Pellow," said the stranger. "That's my name, sir."").
var nameConfirmations = [][]string{
	{"that", "is", "my", "name"},
	{"that's", "my", "name"},
	{"that’s", "my", "name"},
}

// selfNamed returns the known person the speaker of quotation q says they
// are ("My name is Tom Pellow.", "I am Mrs. Vane, and …"), or who they say
// their bare name is, the next words of the paragraph confirming it
// (""Tom Pellow," said he. "That's my name.""); -1 otherwise. A name
// reported ("She says I'm Tom.") or owned ("I am Tom's brother") is not one.
func (d *document) selfNamed(q int) int {
	toks := d.quoteWords(q)
	for i := range toks {
		if i > 0 && !sentenceBreak(d.word(toks[i-1])) {
			continue
		}
		for _, ph := range selfNamePhrases {
			if d.wordsAt(toks, i, ph) {
				if e := d.wholeNameAt(toks, i+len(ph)); e >= 0 {
					return e
				}
			}
		}
	}
	e := d.wholeNameAt(toks, 0)
	if e < 0 || d.nameRunIn(toks, 0) < len(toks)-1 || q+1 >= len(d.quotes) || d.quotePara[q+1] != d.quotePara[q] {
		return -1
	}
	next := d.quoteWords(q + 1)
	for _, ph := range nameConfirmations {
		if d.wordsAt(next, 0, ph) {
			return e
		}
	}
	return -1
}

// quoteWords returns the tokens of quotation q's words, in a buffer the
// next call reuses.
func (d *document) quoteWords(q int) []token {
	t := tokenizer{text: d.text}
	d.innerToks = t.paragraph(d.innerToks[:0], d.quotes[q].Content)
	return d.innerToks
}

// sentenceBreak reports punctuation after which a quotation starts a new
// sentence or clause of its own.
func sentenceBreak(w string) bool {
	switch w {
	case ".", "!", "?", ";", "—", ":":
		return true
	}
	return false
}

// wordsAt reports whether the words of toks from i are words, in any case.
func (d *document) wordsAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if !strings.EqualFold(d.word(toks[i+k]), w) {
			return false
		}
	}
	return true
}

// wholeNameAt returns the known person whose proper name is the run of
// capitalised words at toks[i], when the run ends a clause (nothing or
// punctuation follows it) and is not possessive; -1 otherwise.
func (d *document) wholeNameAt(toks []token, i int) int {
	if i >= len(toks) || toks[i].kind != tokWord || !toks[i].upper {
		return -1
	}
	end := d.nameRunIn(toks, i)
	last := d.word(toks[end-1])
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return -1
	}
	if end < len(toks) && toks[end].kind == tokWord {
		return -1
	}
	e := d.entityNamed(toks, i, end)
	if e < 0 || d.entities[e].kind != Person {
		return -1
	}
	return e
}
