package speaker

import "strings"

// An explainer sets out the reader's questions as paragraphs of their own,
// each a quoted question answered by the narration after it:
//
//	"Can I still park for free on Sundays?"
//
//	Yes. Sunday parking stays free, the council says.
//
// Such a question continues no one's speech, even after a paragraph that
// quotes someone: it is the writer's heading.

// questionHeading reports paragraph p as a quoted question standing as a
// heading: the paragraph is one quotation ending in "?", and the next
// paragraph opens with narration.
func (d *document) questionHeading(p int) bool {
	if p+1 >= len(d.paras) || !d.quoteOnly(p) {
		return false
	}
	quotes := 0
	for k := d.paraTok[p]; k < d.paraTok[p+1]; k++ {
		if t := d.toks[k]; t.kind == tokQuote {
			quotes++
			if quotes > 1 || !d.asksQuestion(t.quote) {
				return false
			}
		}
	}
	next := d.paraTok[p+1]
	return next < d.paraTok[p+2] && d.toks[next].kind == tokWord
}

// asksQuestion reports a quotation whose words end with a question mark.
func (d *document) asksQuestion(q int) bool {
	c := d.quotes[q].Content
	return strings.HasSuffix(strings.TrimRight(d.text[c.Start:c.End], " \t\n\r”’\"'"), "?")
}

// questionHeadings reports a document set out as questions and answers:
// at least two question headings, one of them after a paragraph that
// quotes no one (so no speaker's words run on into it).
func (d *document) questionHeadings() bool {
	n, afterNarration := 0, false
	for p := 1; p < len(d.paras); p++ {
		if !d.questionHeading(p) {
			continue
		}
		n++
		if !d.hasQuote(d.paraTok[p-1], d.paraTok[p]) {
			afterNarration = true
		}
	}
	return n >= 2 && afterNarration
}
