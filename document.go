package quoteattr

import (
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// Document is the analysis of one text.
type Document struct {
	text string
	// Paragraphs are the text's paragraphs in order.
	Paragraphs []Span `json:"paragraphs"`
	// Sentences are the text's sentences in order; none crosses a
	// paragraph boundary.
	Sentences []Span `json:"sentences"`
	// Quotes are the quotations, sorted by start (an enclosing quotation
	// before those inside it).
	Quotes []Quote `json:"quotes"`
	// Speakers are the people, organisations and groups the text mentions
	// as speakers, in order of first mention; Quote.Speaker indexes it.
	Speakers []Speaker `json:"speakers"`
	// Genre is the genre the text was read as: news or fiction.
	Genre speaker.Genre `json:"genre"`
}

// Quote is one quotation with its attribution.
type Quote struct {
	// Span covers the quotation with its marks.
	Span Span `json:"span"`
	// Content covers the quoted words without the outer marks.
	Content Span `json:"content"`
	// Parts holds one span per paragraph of a multi-paragraph quotation.
	Parts []Span `json:"parts,omitempty"`
	// Kind is direct, partial or term.
	Kind quote.Kind `json:"kind"`
	// Depth is 0 at top level, 1 inside another quotation, and so on.
	Depth int `json:"depth"`
	// Parent is the index in Document.Quotes of the enclosing quotation,
	// or -1.
	Parent int `json:"parent"`
	// Unclosed reports a quotation whose closing mark is missing.
	Unclosed bool `json:"unclosed,omitempty"`
	// Speaker is the index in Document.Speakers of the speaker, or -1.
	Speaker int `json:"speaker"`
	// Addressee is the index in Document.Speakers of the person spoken
	// to, or -1.
	Addressee int `json:"addressee"`
	// Mention is the mention that names the speaker here, or empty.
	Mention Span `json:"mention"`
	// Cue is the speech verb or phrase that introduces the quotation, or
	// empty.
	Cue Span `json:"cue"`
	// Rule is the matcher that made the attribution.
	Rule speaker.Rule `json:"rule"`
	// Confidence is in [0, 1].
	Confidence float64 `json:"confidence"`
}

// Text returns the analysed text.
func (d *Document) Text() string { return d.text }

// Slice returns the part of the analysed text that s covers, or "" when s
// does not fit in it.
func (d *Document) Slice(s Span) string { return s.Text(d.text) }

// SpeakerOf returns the speaker of q and true, or false when q has none.
func (d *Document) SpeakerOf(q Quote) (Speaker, bool) {
	if q.Speaker < 0 || q.Speaker >= len(d.Speakers) {
		return Speaker{}, false
	}
	return d.Speakers[q.Speaker], true
}

// assemble joins the stages' results into a Document.
func assemble(text string, paras, sents []Span, quotes []quote.Quote, res speaker.Result) *Document {
	doc := &Document{text: text, Paragraphs: paras, Sentences: sents, Speakers: res.Entities, Genre: res.Genre}
	doc.Quotes = make([]Quote, len(quotes))
	for i, q := range quotes {
		a := res.Attributions[i]
		doc.Quotes[i] = Quote{
			Span: q.Span, Content: q.Content, Parts: q.Parts, Kind: res.Kinds[i],
			Depth: q.Depth, Parent: q.Parent, Unclosed: q.Unclosed,
			Speaker: a.Speaker, Addressee: a.Addressee, Mention: a.Mention,
			Cue: a.Cue, Rule: a.Rule, Confidence: a.Confidence,
		}
	}
	return doc
}
