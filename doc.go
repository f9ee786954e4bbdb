// Package quoteattr finds the quotations in English prose and says who said
// them.
//
// It reads news articles and fiction alike: it splits the text into
// paragraphs and sentences, finds every quotation in every common
// convention (curly, straight, single, low-9, guillemets, CJK brackets,
// PTB backticks; nested, multi-paragraph and unclosed quotations), tells
// direct speech from partial quotes and scare quotes, and attributes each
// quotation to a speaker with rule-based matchers.
//
//	doc := quoteattr.Analyze(text)
//	for _, q := range doc.Quotes {
//		if s, ok := doc.SpeakerOf(q); ok {
//			fmt.Printf("%s: %s\n", s.Name, doc.Slice(q.Span))
//		}
//	}
//
// # Offsets
//
// Every span is a pair of UTF-8 byte offsets into the text given to
// Analyze, end exclusive, on rune boundaries. The text is never modified.
//
// # Rules and confidence
//
// Every attribution names the rule that made it ([speaker.Rule]) and a
// confidence in [0, 1], so callers can audit a result and trade recall for
// precision.
//
// # Concurrency
//
// An [Analyzer] is immutable and safe for concurrent use. [Analyze] uses a
// shared default Analyzer.
package quoteattr
