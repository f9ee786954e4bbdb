package main

import (
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// sampleArticle is the bundled news article the README's screenshot shows.
const sampleArticle = "testdata/library.txt"

// hostileText holds markup and scripts that must show as text.
const hostileText = `<script>window.pwned = 1</script> Headline </p></main><script>window.pwned = 2</script>

"<img src=x onerror="window.pwned = 3">," said <b>Eve</b>. "</span><i>more</i>"`

// fixtureText is a short article with hand-made attribution (fixtureDoc):
// split quotations, a colon cue, a nested quotation, a term, an
// unattributed quotation, a quotation over two paragraphs and an
// addressee. It lets the tests see colours whatever the library's
// attribution does today.
const fixtureText = `"We are ready," said Mayor Ana Ruiz. "The bridge opens on Monday."

Her deputy, Tom Brandt, was less sure: "My father used to say 'never trust a new bridge,' and he built three of them."

Engineers called it a "smart bridge" in their report. "The sensors are cheap," one of them wrote.

Ruiz said: "Nobody will cross before the inspectors sign off.

"They start on Friday."

"Good," Brandt told her.

"Finally," said Lena Park, a commuter who has waited six years. "I can stop taking the ferry."
`

// find returns the span of the n-th (from 0) occurrence of sub in text.
func find(t testing.TB, text, sub string, n int) quoteattr.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q: occurrence %d not in text", sub, n)
		}
		if n == 0 {
			return quoteattr.Span{Start: from + i, End: from + i + len(sub)}
		}
		n--
		from += i + len(sub)
	}
}

// inner returns s without its first and last rune when those are ASCII
// quotation marks.
func inner(s quoteattr.Span) quoteattr.Span {
	return quoteattr.Span{Start: s.Start + 1, End: s.End - 1}
}

// paragraphsOf splits text at blank lines, as a test's own segmentation.
func paragraphsOf(text string) []quoteattr.Span {
	var out []quoteattr.Span
	pos := 0
	for _, p := range strings.SplitAfter(text, "\n\n") {
		trimmed := strings.TrimRight(p, "\n")
		if trimmed != "" {
			out = append(out, quoteattr.Span{Start: pos, End: pos + len(trimmed)})
		}
		pos += len(p)
	}
	return out
}

// fixtureDoc returns the hand-made analysis of fixtureText.
func fixtureDoc(t testing.TB) *quoteattr.Document {
	t.Helper()
	text := fixtureText
	f := func(sub string, n int) quoteattr.Span { return find(t, text, sub, n) }
	q := func(s quoteattr.Span, kind quote.Kind, who int, mention, cue quoteattr.Span, rule speaker.Rule, conf float64) quoteattr.Quote {
		return quoteattr.Quote{Span: s, Content: inner(s), Kind: kind, Parent: -1, Speaker: who, Addressee: -1,
			Mention: mention, Cue: cue, Rule: rule, Confidence: conf}
	}
	none := quoteattr.Span{}
	quotes := []quoteattr.Quote{
		q(f(`"We are ready,"`, 0), quote.Direct, 0, f("Mayor Ana Ruiz", 0), f("said", 0), speaker.RuleCueAdjacent, 0.95),
		q(f(`"The bridge opens on Monday."`, 0), quote.Direct, 0, f("Mayor Ana Ruiz", 0), f("said", 0), speaker.RuleSplitQuote, 0.9),
		q(f(`"My father used to say 'never trust a new bridge,' and he built three of them."`, 0), quote.Direct, 1, f("Tom Brandt", 0), none, speaker.RuleColon, 0.85),
		q(f(`'never trust a new bridge,'`, 0), quote.Direct, -1, none, none, speaker.RuleNone, 0),
		q(f(`"smart bridge"`, 0), quote.Term, -1, none, none, speaker.RuleNone, 0),
		q(f(`"The sensors are cheap,"`, 0), quote.Direct, -1, none, f("wrote", 0), speaker.RuleNone, 0),
		q(quoteattr.Span{Start: f(`"Nobody`, 0).Start, End: f(`Friday."`, 0).End}, quote.Direct, 0, f("Ruiz", 1), f("said", 1), speaker.RuleColon, 0.9),
		q(f(`"Good,"`, 0), quote.Direct, 1, f("Brandt", 1), f("told", 0), speaker.RuleCueAdjacent, 0.95),
		q(f(`"Finally,"`, 0), quote.Direct, 2, f("Lena Park", 0), f("said", 2), speaker.RuleCueAdjacent, 0.95),
		q(f(`"I can stop taking the ferry."`, 0), quote.Direct, 2, f("Lena Park", 0), f("said", 2), speaker.RuleSplitQuote, 0.9),
	}
	quotes[3].Depth, quotes[3].Parent = 1, 2
	quotes[6].Parts = []quoteattr.Span{
		{Start: f(`"Nobody`, 0).Start, End: f(`sign off.`, 0).End},
		f(`"They start on Friday."`, 0),
	}
	quotes[7].Addressee = 0
	speakers := []quoteattr.Speaker{
		{ID: 0, Name: "Ana Ruiz", Kind: speaker.Person, Gender: speaker.Female, Mentions: []speaker.Mention{
			{Span: f("Mayor Ana Ruiz", 0), Kind: speaker.MentionName}, {Span: f("Ruiz", 1), Kind: speaker.MentionName},
		}},
		{ID: 1, Name: "Tom Brandt", Kind: speaker.Person, Gender: speaker.Male, Mentions: []speaker.Mention{
			{Span: f("Tom Brandt", 0), Kind: speaker.MentionName}, {Span: f("Brandt", 1), Kind: speaker.MentionName},
		}},
		{ID: 2, Name: "Lena Park", Kind: speaker.Person, Mentions: []speaker.Mention{
			{Span: f("Lena Park", 0), Kind: speaker.MentionName},
		}},
	}
	return &quoteattr.Document{Paragraphs: paragraphsOf(text), Quotes: quotes, Speakers: speakers}
}
