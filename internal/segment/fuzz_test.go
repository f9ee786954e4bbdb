package segment

import (
	"testing"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/span"
)

// fuzzSeeds are texts that reach every rule and every layout.
var fuzzSeeds = []string{
	"",
	"Hello World. My name is Jonas.",
	"“Does the bombing have an impact?” Kerry asked rhetorically. “Of course it does.”",
	"At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home.",
	"1.) The first item 2.) The second item",
	"• 9. The first item • 10. The second item",
	"a. The first item b. The second item c. The third item",
	"Thoreau argues, “the laws of the universe will appear less complex. . . .”",
	"\"Bohr [...] used the analogy [...]\" (Smith 55).",
	"compounds. . . . The practice was not abandoned. . . .",
	"Her email is Jane.Doe@example.com. I sent her an email.",
	"One.\r\n\r\nTwo\r\nwraps.\rThree.",
	"\uFEFFOne.\n\nTwo.",
	"bad \xff\xfe bytes. Here \xe2\x80 too! And\xe2\x80\x9d. End",
	"      Indented\n      lines.\n\n    Verse,\n        deeper.",
	"    First para\nwraps here.\n    Second para.\n“Quote opens.”",
	"•   •   •",
	"Mr. . . . ? ! … ‼ ⁇ ” ’ ) ] _ *",
	"St. Main St. The U.S. Navy. N°. 1026.253.553. That is it.",
	"“Why?” Sen. John F. Kerry of Mass. then said. He left.",
}

// boundaries returns the rune starts of text and its end, with every byte
// of invalid UTF-8 counted as a rune, as a range loop does.
func boundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

// checkSpans verifies spans against the package's guarantees: inside
// text, non-empty, on rune boundaries, trimmed, sorted, non-overlapping,
// and separated by white space alone within the region they cover.
func checkSpans(t *testing.T, what, text string, spans []span.Span, region span.Span, bounds []bool) {
	t.Helper()
	prev := region.Start
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > region.End {
			t.Fatalf("%s %d %v: outside [%d,%d) or overlapping the one before", what, i, s, prev, region.End)
		}
		if !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("%s %d %v: not on rune boundaries", what, i, s)
		}
		if a, b := trimSpace(text, s.Start, s.End); a != s.Start || b != s.End {
			t.Fatalf("%s %d %v: not trimmed: %q", what, i, s, text[s.Start:s.End])
		}
		if a, _ := trimSpace(text, prev, s.Start); a != s.Start {
			t.Fatalf("%s %d %v: drops %q", what, i, s, text[prev:s.Start])
		}
		prev = s.End
	}
	if a, _ := trimSpace(text, prev, region.End); a != region.End {
		t.Fatalf("%s: drops the end %q", what, text[prev:region.End])
	}
}

// checkSentences verifies the sentences of each paragraph, walking both
// lists in step.
func checkSentences(t *testing.T, text string, paras, sents []span.Span, bounds []bool) {
	t.Helper()
	j := 0
	for _, p := range paras {
		k := j
		for k < len(sents) && sents[k].Start < p.End {
			if !p.Contains(sents[k]) {
				t.Fatalf("sentence %v is not inside paragraph %v", sents[k], p)
			}
			k++
		}
		checkSpans(t, "sentence", text, sents[j:k], p, bounds)
		j = k
	}
	if j != len(sents) {
		t.Fatalf("sentence %v lies outside every paragraph", sents[j])
	}
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzParagraphs(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		paras := Paragraphs(text)
		checkSpans(t, "paragraph", text, paras, span.Span{Start: 0, End: len(text)}, boundaries(text))
	})
}

func FuzzParagraphSeq(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		var paras []span.Span
		for p := range ParagraphSeq(text) {
			paras = append(paras, p)
		}
		checkSpans(t, "paragraph", text, paras, span.Span{Start: 0, End: len(text)}, boundaries(text))
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		paras := Paragraphs(text)
		checkSentences(t, text, paras, Sentences(text, paras), boundaries(text))
	})
}

func FuzzSentenceSeq(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		paras := Paragraphs(text)
		var sents []span.Span
		for s := range SentenceSeq(text, paras) {
			sents = append(sents, s)
		}
		checkSentences(t, text, paras, sents, boundaries(text))
	})
}

func FuzzExplain(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		paras := Paragraphs(text)
		bounds := boundaries(text)
		prev := 0
		for _, d := range Explain(text, paras) {
			m := d.Mark
			if m.Start < prev || m.End < m.Start || m.End > len(text) || !bounds[m.Start] || !bounds[m.End] {
				t.Fatalf("decision %+v: mark out of order or off rune boundaries", d)
			}
			if d.Split && (d.At < m.Start || d.At > m.End || !bounds[d.At]) {
				t.Fatalf("decision %+v: split outside its mark", d)
			}
			if d.Rule == RuleUnknown {
				t.Fatalf("decision %+v: no rule", d)
			}
			prev = m.Start
		}
	})
}

func TestBoundariesInvalidUTF8(t *testing.T) {
	text := "a\xe2\x80b"
	if got := boundaries(text); !got[1] || !got[2] || !utf8.RuneStart(text[1]) {
		t.Errorf("each invalid byte is a rune of its own: %v", got)
	}
}
