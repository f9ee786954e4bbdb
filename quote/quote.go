// Package quote finds quotations in prose: the spans between quotation
// marks, in every common convention, with their nesting, their paragraphs
// and their kind (direct speech, a partial quote inside reported speech, or
// a term or scare quote). It knows nothing of speakers; package speaker
// attributes the quotes it finds.
//
//	for _, q := range quote.Find(text) {
//		fmt.Println(q.Kind, q.Span.Text(text))
//	}
//
// # Offsets
//
// Every span is a pair of UTF-8 byte offsets into the caller's unmodified
// text, end exclusive. Offsets always fall on rune boundaries, also in text
// that is not valid UTF-8 (where each bad byte counts as a rune).
//
// # Conventions
//
// The default Detector reads English curly and straight marks, the PTB
// and LaTeX backquotes, double marks typed as two apostrophes (as
// newspaper archives do), German, Polish and Czech low marks („…“ „…” ‚…‘), guillemets either way round («…» »…«
// »…» ‹…›), Swedish ”…” and CJK corner brackets, all at once; Options
// selects a subset, and adds dash dialogue (— Come here). Straight marks
// pair by context: a mark after a space or an opening bracket and before a
// word opens, one after a word and before a space or punctuation closes.
// A single mark inside or at the edge of a word is an apostrophe (don’t,
// ’90s, rock ’n’ roll, the Joneses’ car, goin' home, 'tis), using the
// elisions of the lexicon.
//
// A quotation left open ends before its attribution (“Wait for me, she
// called.), where the next one opens after a full stop, or at the end of
// its paragraph, and is flagged Unclosed; a paragraph that ends open and
// a next one that reopens with the same kind of mark make one quotation
// with Parts. A mark that closes nothing is ignored, and a mark left open
// inside a quotation is dropped when that quotation closes, so one stray
// mark never shifts the pairs after it.
//
// # Kinds
//
// Kind is decided from the quotation's words and its sentence: speech
// that opens its sentence, follows a colon or a speech verb, or is
// followed by its cue is direct; a fragment among reported speech (a cue
// in its sentence or just before it, or four words or more) is partial;
// title-case names and titles, words after "titled", "the so-called",
// "the word", and fragments with no speaker near are terms. Nested
// quotations are direct when they read as speech, terms otherwise.
//
// # Accuracy and limitations
//
// The rules read English words (speech verbs, elisions): in other
// languages the spans are right but kinds are guesses. Quotations marked
// only by italics or indentation are not found. Where a text lost its
// marks (an apostrophe typed as a space), nothing recovers them.
//
// # Performance
//
// One pass over the text: the marks of each paragraph are paired on a
// stack of at most 16 open quotations, then its quotations are nested and
// classified while the paragraph is in cache; the kind rules read a
// bounded window around each quotation. Work is linear in the input on any
// input, and allocation follows the number of quotations, not the bytes.
package quote

import (
	"github.com/quoteattr/quoteattr/internal/span"
)

// Span is a half-open interval [Start, End) of UTF-8 byte offsets into the
// analysed text.
type Span = span.Span

// Kind says what a quotation is doing in its sentence.
type Kind uint8

// The kinds of quotation. The zero Kind is unknown.
const (
	KindUnknown Kind = iota
	// Direct is speech quoted as such: a sentence or more, usually set off
	// by its own punctuation ("We are ready," she said.).
	Direct
	// Partial is a fragment quoted inside the writer's own sentence,
	// usually reported speech (he said he would "fight to the end").
	Partial
	// Term is a scare quote, a quoted word or name, or a title: quotation
	// marks that carry no speaker (a so-called "cessation of hostilities").
	Term
)

var kindNames = [...]string{"unknown", "direct", "partial", "term"}

// String returns the kind's name as used in JSON: "direct", "partial",
// "term" or "unknown".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name; unknown names give KindUnknown.
func (k *Kind) UnmarshalText(b []byte) error {
	*k = KindUnknown
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
		}
	}
	return nil
}

// Quote is one quotation found in a text.
type Quote struct {
	// Span covers the quotation with its marks. For a quotation running
	// over several paragraphs it runs from the first opening mark to the
	// last closing mark (or the end of the last part when unclosed).
	Span Span `json:"span"`
	// Content covers the quoted words without the outer marks.
	Content Span `json:"content"`
	// Open covers the opening mark (the dash of a dash-dialogue line).
	Open Span `json:"open"`
	// Close covers the closing mark; it is empty when Unclosed is set or
	// when a dash-dialogue line ends without a mark.
	Close Span `json:"close"`
	// Parts holds one span per paragraph for a quotation running over
	// several paragraphs, marks included; it is nil for a one-paragraph
	// quotation.
	Parts []Span `json:"parts,omitempty"`
	// Depth is 0 for a top-level quotation, 1 for a quotation inside it,
	// and so on.
	Depth int `json:"depth"`
	// Parent is the index of the enclosing quotation in the slice the
	// quotation came in, or -1 at top level.
	Parent int `json:"parent"`
	// Kind says whether the quotation is direct speech, a partial quote or
	// a term.
	Kind Kind `json:"kind"`
	// Unclosed reports a quotation whose closing mark is missing; it was
	// closed before its cue, at the end of its paragraph, or where the
	// next quotation opens after the end of a sentence.
	Unclosed bool `json:"unclosed,omitempty"`
	// Style is the one convention whose opening mark starts the quotation
	// (CurlyDouble for “…”, LowNine for „…“, and so on).
	Style Convention `json:"style"`
}
