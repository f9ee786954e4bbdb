package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// invertedSaid reports that "said" at token k, followed by a subject
// pronoun, is a narrator's inverted cue ("“Go,” said he.", "said she,
// smiling") rather than the start of reported speech ("two aides said
// she would resign", "officials said they expected a vote"): the
// inversion follows a quotation or ends its clause at the pronoun.
func (d *document) invertedSaid(k int) bool {
	if k+1 >= len(d.toks) || !isSubjectPronoun(d.word(d.toks[k+1])) {
		return false
	}
	if k > 0 && d.toks[k-1].kind == tokQuote {
		return true
	}
	if k > 1 && d.toks[k-1].kind == tokPunct && d.toks[k-2].kind == tokQuote {
		return true
	}
	return k+2 >= len(d.toks) || d.toks[k+2].kind != tokWord || d.toks[k+2].sent != d.toks[k+1].sent
}

// sourceNouns are the nouns news reports use for people they do not
// name ("two people familiar with the matter", "an aide briefed on").
var sourceNouns = map[string]bool{
	"people": true, "person": true, "source": true, "sources": true, "official": true,
	"officials": true, "aide": true, "aides": true, "diplomat": true, "diplomats": true,
	"executive": true, "executives": true,
}

// unnamedSourceLink reports the word at token k as the link of an unnamed
// news source to what it knows ("people familiar with", "an aide briefed
// on", "officials speaking on condition of anonymity"): a mark of news
// that novels do not share.
func (d *document) unnamedSourceLink(k int) bool {
	w := strings.ToLower(d.word(d.toks[k]))
	switch w {
	case "anonymity":
		return true
	case "familiar", "briefed", "close":
	default:
		return false
	}
	if k == 0 || k+1 >= len(d.toks) || d.toks[k-1].kind != tokWord {
		return false
	}
	next := strings.ToLower(d.word(d.toks[k+1]))
	if (w == "familiar" && next != "with") || (w != "familiar" && next != "on" && next != "to") {
		return false
	}
	return sourceNouns[strings.ToLower(d.word(d.toks[k-1]))]
}

// hasDateline reports a text that opens on a news dateline: a place name
// in capitals followed by a dash or an agency in brackets ("BRUSSELS —",
// "NEW DELHI, India (AP) —").
func hasDateline(text string) bool {
	text = strings.TrimLeft(text, " \t\r\n")
	caps := 0
	for i, r := range text {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == ' ' || r == '.' || r == '\'':
		case r == ',' || r == '—' || r == '–' || r == '-' || r == '(':
			return caps >= 3 && !bookHeading(text[:i]) && datelineEnd(text[i:])
		default:
			return false
		}
		if i > 40 {
			return false
		}
	}
	return false
}

// datelineEnd reports that rest, the text after a dateline's place in
// capitals, reaches a dash within its first line.
func datelineEnd(rest string) bool {
	rest, _, _ = strings.Cut(rest, "\n")
	if len(rest) > 60 {
		rest = rest[:60]
		for !utf8.ValidString(rest) {
			rest = rest[:len(rest)-1]
		}
	}
	return strings.ContainsAny(rest, "—–") || strings.Contains(rest, " - ") || strings.HasPrefix(rest, "-")
}

// bookHeading reports a book's heading in capitals ("CHAPTER IV", "BOOK
// TWO", "PART ONE"), which a dash may follow as a dateline's place is.
func bookHeading(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	switch strings.ToLower(strings.TrimRight(first, ".")) {
	case "chapter", "book", "part", "volume", "vol", "canto", "act", "scene", "letter",
		"prologue", "epilogue", "preface", "introduction", "section", "stave":
		return true
	}
	return false
}
