package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/quote"
)

// document is the shared, read-mostly view of one text that the sieves
// work on: tokens, mentions and cues found once, and the attribution table
// the sieves fill.
type document struct {
	text    string
	paras   []Span
	sents   []Span
	quotes  []quote.Quote
	toks    []token
	paraTok []int // paragraph i has tokens [paraTok[i], paraTok[i+1])

	quoteTok  []int // token of each top-level quotation's first part, or -1
	quotePara []int // paragraph where each quotation starts, or -1

	mentions  []mention
	mentionAt []int // for each token: the mention starting there, or -1
	mentionIn []int // for each token: the mention covering it, or -1
	cues      []cue
	cueAt     []int // for each token: the cue starting there, or -1

	lower map[string]bool // words the text writes in lower case
	infos []wordInfo      // lexicon facts per token, filled on demand

	entities []entity
	known    int // the first known entities are the caller's characters
	attr     []Attribution
	attrMent []int // mention index behind each attribution, or -1
	genre    Genre

	pending  map[int]pendingCue // fiction: pronoun and description cues to resolve in order
	vocative []int              // per quotation: the entity it addresses, -1 none, -2 not yet known
}

// word returns the text of token t.
func (d *document) word(t token) string { return d.text[t.Start:t.End] }

// seenLower reports whether the text writes w in lower case somewhere.
func (d *document) seenLower(w string) bool {
	return d.lower[strings.ToLower(w)]
}

// newDocument tokenizes the paragraphs and indexes quotations.
func newDocument(text string, paras, sents []Span, quotes []quote.Quote) *document {
	d := &document{text: text, paras: paras, sents: sents, quotes: quotes}
	d.tokenize()
	d.collectLower()
	return d
}

// tokenize fills toks, paraTok, quoteTok and quotePara.
func (d *document) tokenize() {
	t := tokenizer{text: d.text, sents: d.sents}
	for i, q := range d.quotes {
		if q.Depth == 0 {
			t.quotes = append(t.quotes, quoteRef{Span: q.Span, index: i})
		}
	}
	d.toks = make([]token, 0, len(d.text)/5+1)
	d.paraTok = make([]int, 0, len(d.paras)+1)
	for _, p := range d.paras {
		d.paraTok = append(d.paraTok, len(d.toks))
		d.toks = t.paragraph(d.toks, p)
	}
	d.paraTok = append(d.paraTok, len(d.toks))
	d.quoteTok = make([]int, len(d.quotes))
	d.quotePara = make([]int, len(d.quotes))
	for i := range d.quoteTok {
		d.quoteTok[i], d.quotePara[i] = -1, -1
	}
	for p := range d.paras {
		for k := d.paraTok[p]; k < d.paraTok[p+1]; k++ {
			if q := d.toks[k].quote; d.toks[k].kind == tokQuote && d.quoteTok[q] < 0 {
				d.quoteTok[q], d.quotePara[q] = k, p
			}
		}
	}
}

// collectLower records the words written in lower case.
func (d *document) collectLower() {
	d.lower = make(map[string]bool, 256)
	for _, t := range d.toks {
		if t.kind != tokWord {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.text[t.Start:])
		if unicode.IsLower(r) {
			d.lower[d.text[t.Start:t.End]] = true
		}
	}
}

// paraOf returns the paragraph holding token k.
func (d *document) paraOf(k int) int {
	lo, hi := 0, len(d.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if d.paraTok[m+1] <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isVerb reports a lower-case word the cue lexicon knows as a verb form.
func (d *document) isVerb(lw string) bool {
	_, ok := lexicon.CueVerbs()[lw]
	return ok
}
