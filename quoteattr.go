package quoteattr

import (
	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/internal/span"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// Span is a half-open interval [Start, End) of UTF-8 byte offsets into the
// analysed text.
type Span = span.Span

// Speaker is a person, organisation or group the text quotes or could
// quote, with every mention of it.
type Speaker = speaker.Entity

// Options configures an Analyzer. The zero value means defaults.
type Options struct {
	// Quote configures quotation detection.
	Quote quote.Options
	// Speaker configures attribution.
	Speaker speaker.Options
}

// Analyzer runs the whole pipeline. It is immutable once built and safe for
// concurrent use by many goroutines.
type Analyzer struct {
	detector   *quote.Detector
	attributor *speaker.Attributor
}

// New returns an Analyzer for the given options. It fails only when the
// options are invalid.
func New(opts Options) (*Analyzer, error) {
	attr, err := speaker.New(opts.Speaker)
	if err != nil {
		return nil, err
	}
	return &Analyzer{detector: quote.NewDetector(opts.Quote), attributor: attr}, nil
}

var defaultAnalyzer = func() *Analyzer {
	a, err := New(Options{})
	if err != nil {
		panic("quoteattr: default options rejected: " + err.Error())
	}
	return a
}()

// Analyze analyses text with the default options. It never fails and never
// panics: empty text, text that is not UTF-8 and text without quotations
// all give a Document.
func Analyze(text string) *Document { return defaultAnalyzer.Analyze(text) }

// Analyze analyses text: segmentation, quotation detection and
// attribution.
func (a *Analyzer) Analyze(text string) *Document {
	paras := segment.Paragraphs(text)
	quotes := a.detector.FindInParagraphs(text, paras)
	sents := segment.Sentences(text, paras)
	res := a.attributor.Attribute(text, paras, sents, quotes)
	return assemble(text, paras, sents, quotes, res)
}
