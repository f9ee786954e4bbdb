package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/quote"
)

// continueTellers gives the teller of a story told over many paragraphs
// the lines of it that no rule could attribute. English prints such a
// story as paragraphs that each reopen with a double mark, every one but
// the last left open ("…," said he, "… ¶ "… ¶ "…"); when the text has
// lost its inner single marks, or a stray mark breaks the run, the
// quotation detector starts new quotations inside it, which have no cue
// of their own. The marks of each paragraph still show the run: a line
// opening a paragraph that continues a run left open since a paragraph
// whose speaker is known goes to that speaker, and tellOn carries the run
// past a paragraph whose marks close too early.
func (d *document) continueTellers() {
	teller := -1 // the speaker of the open run, or -1
	told := -1   // the last quotation the run gave its teller, while the next paragraph may go on with it
	q := 0
	for p := range d.paras {
		body := strings.TrimLeft(d.text[d.paras[p].Start:d.paras[p].End], " \t\r\n")
		reopens := teller >= 0 && opensDouble(body)
		first := q
		for q < len(d.quotes) && (d.quotePara[q] < 0 || d.quotePara[q] <= p) {
			q++
		}
		if reopens && first < q {
			told = d.tellRun(first, q, p, teller)
		} else {
			told = d.tellOn(told, first, q, p)
		}
		switch {
		case !leftOpen(body):
			teller = -1
		case !reopens:
			teller = d.firstSpeaker(first, q)
		}
	}
}

// tellRun gives teller e the quotation among [lo, hi) that opens
// paragraph p when no rule attributed it, and returns that quotation, or
// -1 when it gave none.
func (d *document) tellRun(lo, hi, p, e int) int {
	for q := lo; q < hi; q++ {
		if d.quotePara[q] != p || d.quoteTok[q] != d.paraTok[p] {
			continue
		}
		if d.kinds[q] != quote.Term && d.attr[q].Rule == RuleNone {
			d.attr[q].Rule = RuleContinuation // a line with no cue of its own
			d.setSpeaker(q, e, RuleTeller, confTeller)
			return q
		}
	}
	return -1
}

// firstSpeaker returns the speaker of the first attributed top-level
// quotation among [lo, hi), or -1.
func (d *document) firstSpeaker(lo, hi int) int {
	for q := lo; q < hi; q++ {
		if d.spokenLine(q) && d.attr[q].Speaker >= 0 {
			return d.attr[q].Speaker
		}
	}
	return -1
}

// opensDouble reports a paragraph that starts with a double opening mark.
func opensDouble(body string) bool {
	return strings.HasPrefix(body, `"`) || strings.HasPrefix(body, "“")
}

// leftOpen reports a paragraph whose double marks leave a quotation open
// at its end: an odd number of straight marks, or more curly openers than
// closers.
func leftOpen(body string) bool {
	straight := strings.Count(body, `"`)
	if straight > 0 {
		return straight%2 == 1
	}
	return strings.Count(body, "“") > strings.Count(body, "”")
}
