package speaker

import "github.com/quoteattr/quoteattr/quote"

// opensWithSpeech reports a paragraph whose first token, at lo, is a
// quoted sentence: a pull quote with its signature ("“No strike is small.”
// — Ann Lee, in March") is speech, however many capitals its signature
// holds, not a heading.
func (d *document) opensWithSpeech(lo int) bool {
	t := d.toks[lo]
	return t.kind == tokQuote && d.quotes[t.quote].Kind == quote.Direct
}
