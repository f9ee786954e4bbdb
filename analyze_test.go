package quoteattr_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/internal/span"
	"github.com/quoteattr/quoteattr/speaker"
)

// This file holds what the root package's tests share: the invariants every
// Document must satisfy, whatever the input, and the ordinary prose the
// benchmarks and the hostile inputs are measured against.

// maxProblems caps the problems checkDocument reports, so a broken
// invariant on a large input reads as a few lines rather than millions.
const maxProblems = 10

// checker collects invariant violations for one Document.
type checker struct {
	text     string
	problems []string
}

func (c *checker) failf(format string, args ...any) {
	if len(c.problems) < maxProblems {
		c.problems = append(c.problems, fmt.Sprintf(format, args...))
	}
}

// full reports whether enough problems have been seen to stop looking.
func (c *checker) full() bool { return len(c.problems) >= maxProblems }

// span checks that s lies inside the text, Start <= End, on rune
// boundaries.
func (c *checker) span(what string, s quoteattr.Span) bool {
	switch {
	case s.Start < 0 || s.End > len(c.text) || s.Start > s.End:
		c.failf("%s %v: outside text of %d bytes or reversed", what, s, len(c.text))
	case !span.OnRuneBoundary(c.text, s.Start) || !span.OnRuneBoundary(c.text, s.End):
		c.failf("%s %v: not on rune boundaries (%q)", what, s, c.text[max(0, s.Start-3):min(len(c.text), s.End+3)])
	default:
		return true
	}
	return false
}

// optSpan checks a span that may be the zero Span, meaning none.
func (c *checker) optSpan(what string, s quoteattr.Span) {
	if s != (quoteattr.Span{}) {
		c.span(what, s)
	}
}

// sortedDisjoint checks spans that must be in order without overlap.
func (c *checker) sortedDisjoint(what string, spans []quoteattr.Span) {
	for i, s := range spans {
		if !c.span(fmt.Sprintf("%s[%d]", what, i), s) {
			return
		}
		if i > 0 && s.Start < spans[i-1].End {
			c.failf("%s[%d] %v overlaps or precedes %s[%d] %v", what, i, s, what, i-1, spans[i-1])
			return
		}
	}
}

// checkDocument returns every broken invariant of d, the analysis of
// text (at most maxProblems of them), or nil.
func checkDocument(text string, d *quoteattr.Document) []string {
	c := &checker{text: text}
	if d == nil {
		return []string{"Analyze returned nil"}
	}
	if d.Text() != text {
		c.failf("Text() differs from the analysed text")
	}
	c.sortedDisjoint("paragraph", d.Paragraphs)
	c.sortedDisjoint("sentence", d.Sentences)
	c.sentencesInParagraphs(d)
	c.quotes(d)
	c.speakers(d)
	return c.problems
}

// sentencesInParagraphs checks that every sentence lies inside one
// paragraph. Both lists are sorted, so one merge pass suffices.
func (c *checker) sentencesInParagraphs(d *quoteattr.Document) {
	p := 0
	for i, s := range d.Sentences {
		for p < len(d.Paragraphs) && d.Paragraphs[p].End < s.End {
			p++
		}
		if p == len(d.Paragraphs) || !d.Paragraphs[p].Contains(s) {
			c.failf("sentence[%d] %v is inside no paragraph", i, s)
			return
		}
	}
}

// quotes checks every quotation's spans, its order and its nesting.
func (c *checker) quotes(d *quoteattr.Document) {
	// open holds the indices of the quotations enclosing the current one,
	// outermost first, as a well-formed nesting makes them.
	var open []int
	for i, q := range d.Quotes {
		if c.full() {
			return
		}
		c.quote(d, i, q)
		if i > 0 && q.Span.Start < d.Quotes[i-1].Span.Start {
			c.failf("quote[%d] %v starts before quote[%d] %v", i, q.Span, i-1, d.Quotes[i-1].Span)
		}
		for len(open) > 0 && d.Quotes[open[len(open)-1]].Span.End <= q.Span.Start {
			open = open[:len(open)-1]
		}
		c.nesting(d, i, q, open)
		open = append(open, i)
	}
}

// quote checks one quotation's own fields.
func (c *checker) quote(d *quoteattr.Document, i int, q quoteattr.Quote) {
	what := fmt.Sprintf("quote[%d]", i)
	c.span(what+".Span", q.Span)
	if c.span(what+".Content", q.Content) && !q.Span.Contains(q.Content) {
		c.failf("%s.Content %v outside its Span %v", what, q.Content, q.Span)
	}
	for k, p := range q.Parts {
		if c.span(fmt.Sprintf("%s.Parts[%d]", what, k), p) && !q.Span.Contains(p) {
			c.failf("%s.Parts[%d] %v outside its Span %v", what, k, p, q.Span)
		}
		if k > 0 && p.Start < q.Parts[k-1].End {
			c.failf("%s.Parts[%d] %v overlaps the part before", what, k, p)
		}
	}
	c.optSpan(what+".Mention", q.Mention)
	c.optSpan(what+".Cue", q.Cue)
	if q.Speaker < -1 || q.Speaker >= len(d.Speakers) {
		c.failf("%s.Speaker %d out of range (%d speakers)", what, q.Speaker, len(d.Speakers))
	}
	if q.Addressee < -1 || q.Addressee >= len(d.Speakers) {
		c.failf("%s.Addressee %d out of range (%d speakers)", what, q.Addressee, len(d.Speakers))
	}
	if q.Confidence < 0 || q.Confidence > 1 {
		c.failf("%s.Confidence %v outside [0, 1]", what, q.Confidence)
	}
}

// nesting checks quotation i against the quotations still open at its
// start (open, outermost first): it must lie inside the innermost of them,
// which must be its Parent, one level up.
func (c *checker) nesting(d *quoteattr.Document, i int, q quoteattr.Quote, open []int) {
	parent, depth := -1, 0
	if len(open) > 0 {
		parent, depth = open[len(open)-1], len(open)
		if !d.Quotes[parent].Span.Contains(q.Span) {
			c.failf("quote[%d] %v overlaps quote[%d] %v without nesting", i, q.Span, parent, d.Quotes[parent].Span)
			return
		}
	}
	if q.Parent != parent || q.Depth != depth {
		c.failf("quote[%d] %v: Parent %d Depth %d, want Parent %d Depth %d", i, q.Span, q.Parent, q.Depth, parent, depth)
	}
}

// speakers checks the speaker list: IDs are indices, names are set and
// mentions are valid spans in text order.
func (c *checker) speakers(d *quoteattr.Document) {
	for i, s := range d.Speakers {
		if c.full() {
			return
		}
		what := fmt.Sprintf("speaker[%d]", i)
		if s.ID != i {
			c.failf("%s.ID = %d", what, s.ID)
		}
		if s.Name == "" {
			c.failf("%s has no name", what)
		}
		for k, m := range s.Mentions {
			c.span(fmt.Sprintf("%s.Mentions[%d]", what, k), m.Span)
			if k > 0 && m.Span.Start < s.Mentions[k-1].Span.Start {
				c.failf("%s.Mentions[%d] %v out of order", what, k, m.Span)
			}
		}
	}
}

// unlistedMentions returns, for each quotation whose Mention is missing
// from its speaker's Mentions, a line naming both, and how many
// quotations had a speaker and a Mention to look up.
func unlistedMentions(d *quoteattr.Document) (out []string, checked int) {
	for i, q := range d.Quotes {
		s, ok := d.SpeakerOf(q)
		if !ok || q.Mention == (quoteattr.Span{}) {
			continue
		}
		checked++
		if !slices.ContainsFunc(s.Mentions, func(m speaker.Mention) bool { return m.Span == q.Mention }) {
			out = append(out, fmt.Sprintf("quote[%d] %s: Mention %v %q is not among the mentions of its speaker %q",
				i, d.Slice(q.Span), q.Mention, d.Slice(q.Mention), s.Name))
		}
	}
	return out, checked
}

// TestMentionsListed checks that the mention naming a quotation's speaker
// is one of that speaker's Mentions, as Speaker's documentation promises
// ("every mention of the entity in text order, pronouns included"), so a
// caller can go from a quotation to the speaker's mentions and back. The
// news, fiction and ordinary prose name their speakers, so each must give
// quotations to check: without them the test would pass on nothing.
func TestMentionsListed(t *testing.T) {
	texts := map[string]string{"prose": ordinaryProse}
	for _, tc := range goldenCases {
		texts[tc.name] = tc.text
	}
	named := map[string]bool{"prose": true, "news": true, "fiction": true}
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		t.Run(name, func(t *testing.T) {
			problems, checked := unlistedMentions(quoteattr.Analyze(texts[name]))
			for _, p := range problems {
				t.Error(p)
			}
			if named[name] && checked == 0 {
				t.Errorf("no quotation of %s has a speaker and a Mention: nothing was checked", name)
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenCases are short texts written for the golden test, each with the
// reason it is there. Their analyses live in testdata/NAME.golden.json;
// refresh them with go test -run TestGolden -update and review the diff.
var goldenCases = []struct{ name, reason, text string }{
	{
		name:   "news",
		reason: "the news patterns: quote then cue, cue then quote, colon, according to, partial quote, continuation paragraph",
		text: `Mayor Ellen Park said Tuesday that the harbor bridge would close for a year. "We found cracks in three girders," Park told reporters. "Nobody wants to hear that."

Councilman David Ortiz called the plan "a gift to the contractors."

According to the city engineer, Rosa Lindqvist, repairs will cost $14 million.

"I drive across that bridge every morning," said Marcus Webb, a delivery driver.

"Now I will lose an hour a day."
`,
	},
	{
		name:   "fiction",
		reason: "dialogue: inverted cues, pronoun cues, an action beat, turns without cues, a vocative",
		text: `"Are you coming to the fair?" asked Anna.

Tom looked up from his book. "Not today. I promised Father I would mend the fence."

"You promised him that last week," she said.

"And I mean it this week."

"Then I shall bring you a ribbon, Tom."
`,
	},
	{
		name:   "nesting",
		reason: "a quotation inside a quotation, and one running over two paragraphs with the first left open",
		text: `"She told me, 'Never again,' and walked out," Tom said.

Anna began her story: "We walked all night.

"At dawn we reached the river, and there was no bridge."
`,
	},
	{
		name:   "conventions",
		reason: "every quotation convention: straight, curly, single, low-9, guillemets, corner brackets, PTB backticks",
		text:   "“Curly,” said Ann. 'Single,' said Bob. „Low,“ said Cy. «Guillemets,» said Di. 「Corner,」 said Ed. ``Backticks,'' said Flo.\n",
	},
	{
		name:   "hostile",
		reason: "a BOM, CRLF and CR line endings, a NUL byte and invalid UTF-8: offsets stay on the original bytes",
		text:   "\ufeff\"Yes,\x00\" said Anna.\r\n\r\n\"No\xff,\" said Tom.\r\r\xe2\x80\x9cMaybe\xe2\x80\x9d",
	},
	{
		name:   "empty",
		reason: "no text at all still gives a Document with empty lists",
		text:   "",
	},
}

// golden is what a golden file holds: the text, the Document as JSON, and
// a readable line per quotation so a diff shows what changed.
type golden struct {
	Reason   string              `json:"reason"`
	Text     string              `json:"text"`
	Said     []string            `json:"said"`
	Document *quoteattr.Document `json:"document"`
}

// said describes each quotation as "Speaker <- “quote” (rule)".
func said(d *quoteattr.Document) []string {
	out := []string{}
	for _, q := range d.Quotes {
		name := "?"
		if s, ok := d.SpeakerOf(q); ok {
			name = s.Name
		}
		out = append(out, fmt.Sprintf("%s <- %s (%s, %s)", name, d.Slice(q.Span), q.Kind, q.Rule))
	}
	return out
}

// TestGolden compares the analysis of each golden case with its file
// under testdata/.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			d := checkAnalysis(t, tc.text)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(golden{tc.reason, tc.text, said(d), d}); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", tc.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); diff != "" {
				t.Errorf("%s (%s) differs from %s (-want +got):\n%s", tc.name, tc.reason, path, diff)
			}
		})
	}
}
