package segment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/span"
)

// paragraphTexts returns the text of each paragraph of text.
func paragraphTexts(text string) []string {
	var out []string
	for _, p := range Paragraphs(text) {
		out = append(out, text[p.Start:p.End])
	}
	return out
}

// long returns a sentence of about n bytes, for one-paragraph-a-line text.
func long(word string, n int) string {
	return strings.TrimSpace(strings.Repeat(word+" ", n/(len(word)+1))) + "."
}

// A hard-wrapped story of three paragraphs, written for these tests:
// lines of at most 70 columns, paragraphs that end short.
var wrappedLines = []string{
	"The harbour master came down the stone steps before dawn, as he had",
	"done every morning for thirty years, and counted the boats that lay",
	"along the wall. Two were missing.",
	"“Where are the Pikes?” he asked the boy who minded the nets.",
	"The boy shrugged and pointed at the grey water beyond the breakwater,",
	"where a single lantern swung between the waves and the low clouds,",
	"and said nothing at all.",
}

func TestParagraphs(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		{"empty", "", nil, "no text, no paragraph"},
		{"blank", "  \n\t\n \r\n", nil, "white space alone has no paragraph"},
		{"one line", "  A line.  ", []string{"A line."}, "paragraphs are trimmed"},
		{"blank lines", "One.\n\nTwo.\n \t \nThree.", []string{"One.", "Two.", "Three."},
			"lines of white space are blank"},
		{"many blank lines", "\n\n\nOne.\n\n\n\nTwo.\n\n", []string{"One.", "Two."},
			"runs of blank lines are one break"},
		{"wrapped with blank lines", "The ferry left\nlate that night.\n\nNobody saw it\ngo.",
			[]string{"The ferry left\nlate that night.", "Nobody saw it\ngo."},
			"single newlines between blank lines are wraps"},
		{"indented wrapped", "      The ferry left late\n      that night.\n\n      Nobody saw it go.",
			[]string{"The ferry left late\n      that night.", "Nobody saw it go."},
			"Gutenberg indentation is trimmed at the ends only"},
		{"one paragraph a line", long("Alpha", 150) + "\n" + long("Beta", 130) + "\n" + long("Gamma", 120),
			[]string{long("Alpha", 150), long("Beta", 130), long("Gamma", 120)},
			"lines wider than 100 runes were not wrapped: each is a paragraph"},
		{"one a line with short ones", "Harbor closes\n" + long("Alpha", 150) + "\nAdvertisement\n" + long("Beta", 130),
			[]string{"Harbor closes", long("Alpha", 150), "Advertisement", long("Beta", 130)},
			"short lines among long ones are paragraphs too"},
		{"hyphen at line end", long("Alpha", 120) + " Israeli-\nPalestinian talks.",
			[]string{long("Alpha", 120) + " Israeli-\nPalestinian talks."},
			"a word broken at a hyphen continues on the next line"},
		{"lower-case continuation", long("Alpha", 120) + " and\nthen it ended.\n" + long("Beta", 120),
			[]string{long("Alpha", 120) + " and\nthen it ended.", long("Beta", 120)},
			"a line that starts in lower case continues the one before"},
		{"verse block", "The song went:\n\n    Row the boat,\n        row it slow,\n    Home again.\n\nThen silence.",
			[]string{"The song went:", "Row the boat,\n        row it slow,\n    Home again.", "Then silence."},
			"indented verse between blank lines stays one paragraph"},
		{"centred heading", "                 CHAPTER ONE\n              The Harbour\n\nIt began.",
			[]string{"CHAPTER ONE\n              The Harbour", "It began."},
			"a centred heading between blank lines stays one paragraph"},
		{"wrapped without blank lines", strings.Join(wrappedLines, "\n"),
			[]string{
				strings.Join(wrappedLines[:3], "\n"),
				wrappedLines[3],
				strings.Join(wrappedLines[4:], "\n"),
			},
			"without blank lines, a short line ending a sentence and a line opening a quotation end paragraphs"},
		{"first-line indentation", "    The harbour was quiet that day and the boats lay\nstill along the wall.\n    Nobody came.",
			[]string{"The harbour was quiet that day and the boats lay\nstill along the wall.", "Nobody came."},
			"without blank lines, a deeper indented line starts a paragraph"},
		{"crlf", "One.\r\n\r\nTwo\r\nwraps.\r\n", []string{"One.", "Two\r\nwraps."}, "CRLF line endings"},
		{"cr", "One.\r\rTwo\rwraps.", []string{"One.", "Two\rwraps."}, "old Mac CR line endings"},
		{"bom", "\uFEFFOne.\n\nTwo.", []string{"One.", "Two."}, "a byte-order mark is trimmed"},
		{"form feed", "One.\n\f\nTwo.", []string{"One.", "Two."}, "a page break line is blank"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, paragraphTexts(c.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.reason, diff)
			}
		})
	}
}

func TestParagraphsLongBlock(t *testing.T) {
	// A title, a blank line, then a hard-wrapped body of more than
	// longBlockLines lines whose paragraphs are not separated by blank
	// lines: the body is split as if it were the whole text.
	var b strings.Builder
	b.WriteString("THE HARBOUR\n\n")
	for range 10 {
		b.WriteString(strings.Join(wrappedLines, "\n"))
		b.WriteString("\n")
	}
	got := paragraphTexts(b.String())
	if len(got) != 1+3*10 {
		t.Errorf("got %d paragraphs, want 31: a long block is read as several wrapped paragraphs", len(got))
	}
}

func TestParagraphSeq(t *testing.T) {
	text := "One.\n\nTwo.\n\nThree."
	var got []string
	for p := range ParagraphSeq(text) {
		got = append(got, text[p.Start:p.End])
		if len(got) == 2 {
			break
		}
	}
	if diff := cmp.Diff([]string{"One.", "Two."}, got); diff != "" {
		t.Errorf("the sequence stops when asked (-want +got):\n%s", diff)
	}
	// Both are compared with the spans themselves: they share one scanner,
	// so their agreement alone would not show that either is right.
	want := []span.Span{{Start: 0, End: 4}, {Start: 6, End: 10}, {Start: 12, End: 18}}
	if diff := cmp.Diff(want, collect(ParagraphSeq(text))); diff != "" {
		t.Errorf("ParagraphSeq yields every paragraph (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, Paragraphs(text)); diff != "" {
		t.Errorf("Paragraphs lists what ParagraphSeq yields (-want +got):\n%s", diff)
	}
}

func TestSentenceSeq(t *testing.T) {
	text := "One. Two.\n\nThree. Four."
	paras := Paragraphs(text)
	want := []span.Span{{Start: 0, End: 4}, {Start: 5, End: 9}, {Start: 11, End: 17}, {Start: 18, End: 23}}
	if diff := cmp.Diff(want, collect(SentenceSeq(text, paras))); diff != "" {
		t.Errorf("SentenceSeq yields every sentence of every paragraph (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, Sentences(text, paras)); diff != "" {
		t.Errorf("Sentences lists what SentenceSeq yields (-want +got):\n%s", diff)
	}
	n := 0
	for range SentenceSeq(text, paras) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("the sequence yielded %d sentences before stopping, want 3", n)
	}
}

// collect gathers a sequence into a slice.
func collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}
