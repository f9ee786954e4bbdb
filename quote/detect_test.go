package quote_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quoteattr/quoteattr/quote"
)

func TestApostrophes(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "contractions and elisions",
		text:   "It’s nine o’clock and the ’90s band plays rock ’n’ roll; don’t ask, ma'am, 'tis late.",
		want:   []found{},
		reason: "none of these marks quotes anything",
	}, {
		name:   "possessives",
		text:   "The Joneses’ car and the boys' bikes stood by the Smiths’ gate.",
		want:   []found{},
		reason: "plural possessives end a word and close nothing",
	}, {
		name:   "apostrophes inside a quotation",
		text:   "“I don’t know what they’re doin’ in the ’50s house,” said Ma.",
		want:   []found{d("“I don’t know what they’re doin’ in the ’50s house,”")},
		reason: "apostrophes inside a quotation neither close it nor open another",
	}, {
		name: "single-quoted term at top level",
		text: "The old mill, known as 'the castle', burned down in May.",
		want: []found{tm("'the castle'")},
		reason: "a single-quoted span that pairs inside its paragraph is a quotation " +
			"even in text that quotes speech with double marks",
	}, {
		name:   "stray single mark",
		text:   "\"We were there,\" he said. The 'official line held.",
		want:   []found{d(`"We were there,"`)},
		reason: "a single mark left open at the end of a paragraph of double-quoting text is dropped",
	}})
}

func TestNesting(t *testing.T) {
	text := "“Grandpa always said, ‘Tell them “never” and mean it,’ and I do,” she said."
	qs := quote.Find(text)
	want := []struct {
		text          string
		depth, parent int
	}{
		{"“Grandpa always said, ‘Tell them “never” and mean it,’ and I do,”", 0, -1},
		{"‘Tell them “never” and mean it,’", 1, 0},
		{"“never”", 2, 1},
	}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations, want %d: %+v", len(qs), len(want), summarize(text, qs))
	}
	for i, w := range want {
		q := qs[i]
		if got := q.Span.Text(text); got != w.text || q.Depth != w.depth || q.Parent != w.parent {
			t.Errorf("quote %d = %q depth %d parent %d, want %q depth %d parent %d",
				i, got, q.Depth, q.Parent, w.text, w.depth, w.parent)
		}
	}
}

func TestMultiParagraph(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name: "news convention",
		text: "The chief said:\n\n“We have lost three boats this winter.\n\n“We will not lose a fourth,” he added.",
		want: []found{parts(d("“We have lost three boats this winter.\n\n“We will not lose a fourth,”"),
			"“We have lost three boats this winter.", "“We will not lose a fourth,”")},
		reason: "a paragraph that ends open and a next one that reopens make one quotation",
	}, {
		name: "three paragraphs, straight marks",
		text: "\"First.\n\n\"Second.\n\n\"Third,\" he said.",
		want: []found{parts(d("\"First.\n\n\"Second.\n\n\"Third,\""),
			"\"First.", "\"Second.", "\"Third,\"")},
		reason: "a quotation may run over any number of paragraphs",
	}, {
		name: "British single marks",
		text: "'It was late,' said Ann. 'We had walked all day.\n\n'Then the rain came.'",
		want: []found{d("'It was late,'"), parts(d("'We had walked all day.\n\n'Then the rain came.'"),
			"'We had walked all day.", "'Then the rain came.'")},
		reason: "text quoting with single marks continues them over paragraphs too",
	}, {
		name:   "no reopening",
		text:   "“We have lost three boats this winter.\n\nThe harbour was quiet.",
		want:   []found{unclosed(d("“We have lost three boats this winter."))},
		reason: "without a reopening mark the quotation is closed at its paragraph's end",
	}, {
		name:   "attribution inside",
		text:   "“We have lost three boats, he said.\n\n“Nobody will sail now.”",
		want:   []found{unclosed(d("“We have lost three boats,")), d("“Nobody will sail now.”")},
		reason: "a quotation that runs into its attribution lacked its closing mark: it ends before the cue and does not continue",
	}, {
		name: "a lone speech verb is no attribution",
		text: "“The ferry left at noon, as you will, I hope, remember, with the mail on board.\n\n“Nobody sailed after it.”",
		want: []found{parts(d("“The ferry left at noon, as you will, I hope, remember, with the mail on board.\n\n“Nobody sailed after it.”"),
			"“The ferry left at noon, as you will, I hope, remember, with the mail on board.", "“Nobody sailed after it.”")},
		reason: "a speech verb standing alone between commas has no subject, so it attributes nothing: the speech goes on and continues into the next paragraph",
	}, {
		name:   "straight does not continue curly",
		text:   "The statement read:\n\n\"The minister will not resign.\n\n“I am staying,” he told us.\"",
		want:   []found{unclosed(d("\"The minister will not resign.")), d("“I am staying,”")},
		reason: "a quotation reopens only with a mark of its own kind, straight or typographic",
	}})
}

func TestUnclosedAndStray(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "closed at paragraph end",
		text:   "“Wait for me, she called.\n\n“I’m coming,” he answered.",
		want:   []found{unclosed(d("“Wait for me,")), d("“I’m coming,”")},
		reason: "an unclosed quotation ends before its cue, or with its paragraph, and is flagged",
	}, {
		name:   "new sentence reopens",
		text:   "“Wait for me, she called. “I’m coming,” he answered.",
		want:   []found{unclosed(d("“Wait for me,")), d("“I’m coming,”")},
		reason: "an opening mark after a full stop ends a quotation whose closing mark is missing",
	}, {
		name:   "stray closing mark",
		text:   "The vote was close” and the room fell silent. “We won,” said Ada.",
		want:   []found{d("“We won,”")},
		reason: "a closing mark with nothing open is ignored and shifts nothing",
	}, {
		name:   "stray mark does not swallow the document",
		text:   "He typed O\"Brien by mistake.\n\nLater, \"Done,\" he said.\n\nThe end.",
		want:   []found{d(`"Done,"`)},
		reason: "a mark in doubtful context that stays open is dropped at the end of its paragraph",
	}, {
		name:   "mismatched marks",
		text:   "“One‘ she said. “Two,” he said. “Three,” they said.",
		want:   []found{unclosed(d("“One‘ she said.")), d("“Two,”"), d("“Three,”")},
		reason: "a mismatched mark costs one quotation, never the pairs after it",
	}})
}

func TestKinds(t *testing.T) {
	text := "Harbour master Ines Vale said Monday that the port had signed a " +
		"“memorandum of understanding” with the ferry line and that talks could " +
		"“wrap up within the month.”\n\n" +
		"“We are bringing the night crossings back,” Vale told reporters at the pier, " +
		"pointing to a 2019 plan for a “blue corridor” that was never built. " +
		"“The boats are ready.”\n\n" +
		"The union called the plan “reckless” in a statement.\n\n" +
		"Vale’s office released a video titled “Open Water,” and a so-called " +
		"“night tariff” will apply.\n\n" +
		"“Will it pay?” Vale asked. “It will. The numbers are clear.”"
	want := []found{
		p("“memorandum of understanding”"),
		p("“wrap up within the month.”"),
		d("“We are bringing the night crossings back,”"),
		tm("“blue corridor”"),
		d("“The boats are ready.”"),
		p("“reckless”"),
		tm("“Open Water,”"),
		tm("“night tariff”"),
		d("“Will it pay?”"),
		d("“It will. The numbers are clear.”"),
	}
	if diff := cmp.Diff(want, summarize(text, quote.Find(text))); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
}

func TestKindsInSentence(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "fragments after a fragment",
		text:   "The ministers met at noon. She promised “support” toward common goals, a “firm and lasting” friendship, and more.",
		want:   []found{p("“support”"), p("“firm and lasting”")},
		reason: "fragments later in a sentence of reported speech report the same speech",
	}, {
		name:   "list of fragments",
		text:   "The talks stalled. By then the deal was “too costly,” “a real risk” and “a gamble nobody should take.”",
		want:   []found{p("“too costly,”"), p("“a real risk”"), p("“a gamble nobody should take.”")},
		reason: "the items of one list are all someone's words when one of them reads so",
	}, {
		name:   "verbs more often nouns",
		text:   "The council met. She claims the plan is “dead” now.\n\nThe claims were old. He promises “action” soon.",
		want:   []found{p("“dead”"), p("“action”")},
		reason: "claims and promises are speech verbs after a subject pronoun",
	}, {
		name: "title before the cue",
		text: "On “Open Water,” a week later Senator Ruiz said the mayor’s “judgment” was poor.",
		want: []found{tm("“Open Water,”"), p("“judgment”")},
		reason: "a title set off by a comma is not speech whose cue the later verb is, " +
			"so that verb makes the fragment after it reported speech",
	}})
}

func TestKindsFiction(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "one-word answers",
		text:   "\"Did you see him?\"\n\n\"No.\"\n\n\"Nobody?\"\n\n\"?\"",
		want:   []found{d(`"Did you see him?"`), d(`"No."`), d(`"Nobody?"`), d(`"?"`)},
		reason: "a quotation that is its paragraph is speech, however short",
	}, {
		name:   "cue before",
		text:   "And Toad said \"Yes.\" Then he thought, \"Wherefore?\"",
		want:   []found{d(`"Yes."`), d(`"Wherefore?"`)},
		reason: "a speech verb right before a quotation introduces speech",
	}, {
		name:   "passive after a name",
		text:   "But at the “Grand Hotel,” it must be added, the guests were mostly English.",
		want:   []found{tm("“Grand Hotel,”")},
		reason: "a passive speech verb after a quotation names no speaker and is no cue",
	}, {
		name:   "scare quote",
		text:   "She spent the summer \"improving her mind\" at the seaside.",
		want:   []found{tm(`"improving her mind"`)},
		reason: "a fragment with no speaker in its sentence is a term",
	}, {
		name:   "list after speech",
		text:   "He said \"Good morning,\" and \"Lovely day,\" and went on his way.",
		want:   []found{d(`"Good morning,"`), d(`"Lovely day,"`)},
		reason: "a quotation listed after speech is speech too",
	}})
}

// TestFindInParagraphsBadInput checks that paragraphs out of order,
// overlapping, empty or outside the text are skipped, as documented, and
// that the good ones among them are still read.
func TestFindInParagraphsBadInput(t *testing.T) {
	text := "“One,” she said.\n\n“Two,” he said."
	one := quote.Span{Start: 0, End: strings.Index(text, "\n")}
	two := quote.Span{Start: strings.LastIndex(text, "\n") + 1, End: len(text)}
	cases := []struct {
		paras []quote.Span
		want  []found
	}{
		{nil, nil},
		{[]quote.Span{{Start: 5, End: 3}}, nil},
		{[]quote.Span{{Start: -4, End: 10}}, nil},
		{[]quote.Span{{Start: 0, End: len(text) + 10}}, nil},
		{[]quote.Span{two, one}, []found{d("“Two,”")}},
		{[]quote.Span{{Start: 0, End: two.Start}, {Start: 10, End: len(text)}}, []found{d("“One,”")}},
		{[]quote.Span{one, {Start: one.End, End: one.End}, two}, []found{d("“One,”"), d("“Two,”")}},
	}
	for _, c := range cases {
		qs := quote.NewDetector(quote.Options{}).FindInParagraphs(text, c.paras)
		if msg := problem(text, qs); msg != "" {
			t.Errorf("paragraphs %v: %s", c.paras, msg)
		}
		if diff := cmp.Diff(c.want, summarize(text, qs), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("paragraphs %v (-want +got):\n%s", c.paras, diff)
		}
	}
}

// TestHostileInput checks that marks no prose would hold give a valid
// result, and what it holds: a run of openers is one quotation left open
// at the end of the paragraph, a run of closers or apostrophes none, the
// innermost of two hundred nested pairs is still found, and bytes that
// are not UTF-8 shift no pair.
func TestHostileInput(t *testing.T) {
	cases := []struct {
		name, text string
		check      func(qs []quote.Quote, text string) bool
	}{
		{"openers", strings.Repeat("“a ", 5000), func(qs []quote.Quote, _ string) bool {
			return len(qs) == 1 && qs[0].Unclosed
		}},
		{"closers", strings.Repeat("a” ", 5000), noQuotes},
		{"straight", strings.Repeat(`"`, 5000), anyResult},
		{"apostrophes", strings.Repeat("'", 5000), noQuotes},
		{"mixed", strings.Repeat("«‹„‚“‘「『\"'`", 500), anyResult},
		{"deep", strings.Repeat("“‘", 200) + "x" + strings.Repeat("’”", 200), func(qs []quote.Quote, text string) bool {
			return slices.ContainsFunc(qs, func(q quote.Quote) bool { return q.Span.Text(text) == "‘x’" })
		}},
		{"invalid utf8", "“\xff\xfe”" + string([]byte{0xe2, 0x80}) + "“x”\xe2", func(qs []quote.Quote, text string) bool {
			return len(qs) == 2 && qs[0].Span.Text(text) == "“\xff\xfe”" && qs[1].Span.Text(text) == "“x”"
		}},
		{"no text", "", noQuotes},
	}
	for _, c := range cases {
		qs := quote.Find(c.text)
		if msg := problem(c.text, qs); msg != "" {
			t.Errorf("%s: %s", c.name, msg)
		}
		if !c.check(qs, c.text) {
			t.Errorf("%s: unexpected result %+v", c.name, summarize(c.text, qs))
		}
	}
}

func noQuotes(qs []quote.Quote, _ string) bool { return len(qs) == 0 }

// anyResult accepts any valid result: what a run of marks that are all
// alike pairs into is left to the scanner.
func anyResult([]quote.Quote, string) bool { return true }

// TestCorpusInvariants checks the result's invariants on the public-domain
// novels of ../shared/bench/corpus, when that directory exists: valid,
// sorted and well nested spans, no unreported kind, and opening marks
// that start their quotations.
func TestCorpusInvariants(t *testing.T) {
	read := 0
	for _, name := range []string{"novels.txt", "pride.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "bench", "corpus", name))
		if err != nil {
			t.Logf("corpus text not found: %v", err)
			continue
		}
		read++
		text := string(data)
		qs := quote.Find(text)
		if msg := problem(text, qs); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
		for _, q := range qs {
			if q.Kind == quote.KindUnknown || q.Open.Start != q.Span.Start || !q.Span.Contains(q.Content) {
				t.Errorf("%s: quotation %q: kind %v, open %v", name, q.Span.Text(text), q.Kind, q.Open)
				break
			}
		}
	}
	if read == 0 {
		t.Skip("no text of ../shared/bench/corpus found")
	}
}

func TestAllocationsFollowQuotes(t *testing.T) {
	d := quote.NewDetector(quote.Options{})
	for _, c := range []struct {
		name   string
		text   string
		quotes int // allocations allowed per thousand quotations found
		fixed  int // allocations allowed whatever the input
	}{
		{"prose without quotes", strings.Repeat("The tide was turning and nobody listened. ", 5000), 0, 0},
		{"unbalanced openers", strings.Repeat("“a ", 30000), 0, 8},
		{"apostrophes", strings.Repeat("don’t 'tis o' the Joneses' ", 5000), 0, 8},
		{"quotes", strings.Repeat("“Go,” she said. ", 5000), 1, 40},
	} {
		paras := []quote.Span{{Start: 0, End: len(c.text)}}
		n := len(d.FindInParagraphs(c.text, paras))
		allocs := testing.AllocsPerRun(5, func() { d.FindInParagraphs(c.text, paras) })
		if limit := float64(c.fixed + c.quotes*n/1000); allocs > limit {
			t.Errorf("%s: %.0f allocations for %d quotations, want at most %.0f", c.name, allocs, n, limit)
		}
	}
}
