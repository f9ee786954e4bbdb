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

	innerToks []token // scratch: the tokens of one quotation's words

	quoteTok  []int // token of each top-level quotation's first part, or -1
	quotePara []int // paragraph where each quotation starts, or -1

	mentions  []mention
	mentionAt []int // for each token: the mention starting there, or -1
	mentionIn []int // for each token: the mention covering it, or -1
	cues      []cue
	cueAt     []int // for each token: the cue starting there, or -1

	lower      map[string]bool // words the text writes in lower case
	namedStops map[string]bool // stop-list words this text uses as names (collectNamedStops)
	infos      []wordInfo      // lexicon facts per token, filled on demand

	entities []entity
	known    int // the first known entities are the caller's characters
	attr     []Attribution
	attrMent []int        // mention index behind each attribution, or -1
	setBy    []Rule       // the fiction step that last set each speaker, or RuleNone (setSpeaker)
	kinds    []quote.Kind // the quotations' kinds as attribution leaves them
	genre    Genre

	pending  map[int]pendingCue  // fiction: pronoun and description cues to resolve in order
	vocative []int               // per quotation: the entity it addresses, -1 none, -2 not yet known
	refs     []quoteRef          // the top-level quotations, for the tokenizer
	keyCache map[string][]string // name words of each distinct name
	index    entityIndex         // entities by name word, role and description
	cands    []int               // scratch for entity candidates

	onlyCache  []int  // per paragraph: its only person mention, -1 none, -2 several, -3 not yet known
	quoteOnlyC []int8 // per paragraph: 1 only quotations, 0 not, -1 not yet known

	sal salience // fiction: how prominent each person is as the narration goes on

	unsureWives []unsureWife // "Mrs." + a full name first written bare, of no known gender
}

// word returns the text of token t.
func (d *document) word(t token) string { return d.text[t.Start:t.End] }

// seenLower reports whether the text writes w in lower case somewhere.
func (d *document) seenLower(w string) bool {
	return d.lower[strings.ToLower(w)]
}

// newDocument tokenizes the paragraphs and indexes quotations.
func newDocument(text string, paras, sents []Span, quotes []quote.Quote) *document {
	d := &document{}
	d.reset(text, paras, sents, quotes)
	return d
}

// reset prepares d, perhaps used before for another text, for a new one:
// the working slices and maps keep their memory, and nothing of the old
// text survives.
func (d *document) reset(text string, paras, sents []Span, quotes []quote.Quote) {
	*d = document{
		text: text, paras: paras, sents: sents, quotes: quotes,
		toks: d.toks[:0], paraTok: d.paraTok[:0], quoteTok: d.quoteTok, quotePara: d.quotePara,
		mentions: d.mentions[:0], mentionAt: d.mentionAt, mentionIn: d.mentionIn,
		cues: d.cues[:0], cueAt: d.cueAt, lower: d.lower, namedStops: d.namedStops, infos: d.infos[:0],
		entities: d.entities[:0], vocative: d.vocative[:0], refs: d.refs[:0], keyCache: d.keyCache,
		index: d.index, cands: d.cands[:0], onlyCache: d.onlyCache[:0], quoteOnlyC: d.quoteOnlyC[:0],
		sal: d.sal, innerToks: d.innerToks[:0], unsureWives: d.unsureWives[:0],
	}
	d.sal.reset()
	clear(d.lower)
	clear(d.keyCache)
	d.index.reset()
	d.tokenize()
	d.collectLower()
	d.collectNamedStops()
}

// sized returns s with length n and every element set to v, reusing its
// memory when it is large enough.
func sized[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

// tokenize fills toks, paraTok, quoteTok and quotePara.
func (d *document) tokenize() {
	for i, q := range d.quotes {
		if q.Depth == 0 {
			d.refs = append(d.refs, quoteRef{Span: q.Span, index: i})
		}
	}
	t := tokenizer{text: d.text, sents: d.sents, quotes: d.refs}
	if want := len(d.text)/3 + 1; cap(d.toks) < want {
		d.toks = make([]token, 0, want)
	}
	for _, p := range d.paras {
		d.paraTok = append(d.paraTok, len(d.toks))
		d.toks = t.paragraph(d.toks, p)
	}
	d.paraTok = append(d.paraTok, len(d.toks))
	d.quoteTok = sized(d.quoteTok, len(d.quotes), -1)
	d.quotePara = sized(d.quotePara, len(d.quotes), -1)
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
	if d.lower == nil {
		d.lower = make(map[string]bool, 256)
	}
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
