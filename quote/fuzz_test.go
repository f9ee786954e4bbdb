package quote_test

import (
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

// fuzzSeeds are texts that exercise every convention and the known hard
// cases.
var fuzzSeeds = []string{
	"",
	"“We leave at dawn,” the captain said. “Pack light.”",
	"‘It is,’ said Edith, ‘and the cake’s in the tin.’",
	`"Come in," said the clerk. 'You're late,' he added. 12" wide`,
	"``We are ready,'' the minister said. ''Every house.''",
	"„Komm her“, rief sie. „Er sagte ‚morgen‘.“ „Nie wiem”",
	"« Nous partirons », dit-il. »Wo warst du?« ‹Bonjour› »Kom hit»",
	"”Kom hit”, sa mamma. 「明日は雨だ」と『傘』",
	"— Come here, he said.\n—Ven aquí —dijo él—. Siéntate.",
	"“We have lost three boats.\n\n“We will not lose a fourth,” he added.",
	"“Wait for me, she called. “I’m coming,” he answered.",
	"rock ’n’ roll, the ’90s, 'tis, goin' home, the Joneses’ car",
	"<tweet id=\"123\" author=\"@x\">text</tweet>",
	"“\xff\xfe”\xe2\x80“x”\xe2",
}

// checkQuotes fails the test when quotes found in text break the
// contract: spans valid and on rune boundaries, sorted, well nested,
// kinds known, each quotation starting with its opening mark.
func checkQuotes(t *testing.T, text string, qs []quote.Quote) {
	t.Helper()
	if msg := problem(text, qs); msg != "" {
		t.Fatalf("%s in %q: %+v", msg, text, summarize(text, qs))
	}
	for _, q := range qs {
		if q.Kind < quote.Direct || q.Kind > quote.Term {
			t.Fatalf("quote %q has kind %v", q.Span.Text(text), q.Kind)
		}
		if !q.Span.Contains(q.Open) || !q.Span.Contains(q.Close) {
			t.Fatalf("marks of %q outside its span", q.Span.Text(text))
		}
		if q.Open.Start != q.Span.Start {
			t.Fatalf("quote %q does not start with its opening mark %v", q.Span.Text(text), q.Open)
		}
		if len(q.Parts) == 1 {
			t.Fatalf("quote %q has a single part", q.Span.Text(text))
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, quote.Find(text))
	})
}

func FuzzConventions(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint32(i)*0x2b3)
	}
	f.Fuzz(func(t *testing.T, text string, conv uint32) {
		d := quote.NewDetector(quote.Options{Conventions: quote.Convention(conv) & (quote.DefaultConventions | quote.DashDialogue)})
		checkQuotes(t, text, d.Find(text))
	})
}

func FuzzFindInParagraphs(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, []byte{0, 5, 3, 40, 200, 7})
	}
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		// Arbitrary paragraphs, possibly out of order, overlapping or out
		// of range, from pairs of bytes.
		var paras []quote.Span
		for i := 0; i+1 < len(cuts); i += 2 {
			paras = append(paras, quote.Span{Start: int(cuts[i]) - 8, End: int(cuts[i+1])})
		}
		checkQuotes(t, text, quote.NewDetector(quote.Options{}).FindInParagraphs(text, paras))
	})
}
