package segment

import (
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr/internal/span"
)

// hostileCase is an input built to find quadratic work or a crash.
type hostileCase struct {
	name   string
	text   func() string
	paras  int // paragraphs expected, or -1 to skip the count
	reason string
}

var hostileCases = []hostileCase{
	{"50 MB line", func() string { return strings.Repeat("The boat sailed at 5 p.m. from No. 4 pier. ", 50<<20/43) }, 1,
		"one line without a newline is one paragraph; every window stays bounded"},
	{"50 MB token", func() string { return strings.Repeat("x.", 25<<20) + " Then." }, 1,
		"a token longer than any abbreviation is not scanned back to its start"},
	{"50 MB of dots", func() string { return strings.Repeat(". ", 25<<20) }, 1,
		"a spaced ellipsis of any length is read once"},
	{"100,000 one-word paragraphs", func() string { return strings.Repeat("word\n\n", 100_000) }, 100_000,
		"blank lines separate paragraphs, each handled alone"},
	{"100,000 lines without blank lines", func() string { return strings.Repeat("Yes.\n", 100_000) }, 100_000,
		"a whole text of short lines ending sentences is read as deliberate breaks"},
	{"CRLF", func() string { return strings.Repeat("A line.\r\n\r\n", 200_000) }, 200_000,
		"CRLF blank lines"},
	{"CR", func() string { return strings.Repeat("A line.\r\r", 200_000) }, 200_000,
		"old Mac blank lines"},
	{"BOM everywhere", func() string { return strings.Repeat("\uFEFF Word. \uFEFF\n\n", 100_000) }, 100_000,
		"byte-order marks are white space"},
	{"invalid UTF-8", func() string { return strings.Repeat("\xff\xfe\xe2\x80. \xe2\x80\x9d! ", 1<<20) }, 1,
		"invalid bytes are runes of their own"},
	{"list markers", func() string { return "1. a " + strings.Repeat("2. b ", 1<<20) }, 1,
		"a list whose numbering stops is searched once"},
	{"bullets", func() string { return strings.Repeat("• item ", 1<<20) }, 1,
		"each bullet is found once"},
	{"quotation closers", func() string { return strings.Repeat("“Why?” Ana Cole Lee Ray Roy asked. ", 1<<18) }, 1,
		"every attribution look is bounded"},
}

func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			text := c.text()
			paras := Paragraphs(text)
			if c.paras >= 0 && len(paras) != c.paras {
				t.Fatalf("%s: got %d paragraphs, want %d", c.reason, len(paras), c.paras)
			}
			bounds := boundaries(text)
			checkSpans(t, "paragraph", text, paras, span.Span{Start: 0, End: len(text)}, bounds)
			checkSentences(t, text, paras, Sentences(text, paras), bounds)
		})
	}
}

func TestAllocationsFollowOutput(t *testing.T) {
	text := strings.Repeat("The ferry left. Mr. Hale waved.\n\n", 10_000)
	paras := Paragraphs(text)
	for _, c := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"Paragraphs", 40, func() { Paragraphs(text) }},
		{"Sentences", 40, func() { Sentences(text, paras) }},
		{"SentenceSeq", 2, func() {
			for range SentenceSeq(text, paras) {
			}
		}},
		{"ParagraphSeq", 2, func() {
			for range ParagraphSeq(text) {
			}
		}},
	} {
		if got := testing.AllocsPerRun(3, c.f); got > c.max {
			t.Errorf("%s: %v allocations for 20,000 sentences, want at most %v: only the result may grow",
				c.name, got, c.max)
		}
	}
}
