package quote_test

import (
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

func TestQuotedLetterLines(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name: "a letter's close on two lines",
		text: "She read it out:\n\n“Dear Olive,\n\n“The roof is mended at last.\n\n“With love,\n“Your cousin Ruth.”\n\nThen she laughed.",
		want: []found{parts(d("“Dear Olive,\n\n“The roof is mended at last.\n\n“With love,\n“Your cousin Ruth.”"),
			"“Dear Olive,", "“The roof is mended at last.", "“With love,\n“Your cousin Ruth.”")},
		reason: "a line that reopens the letter after a comma continues it as a new paragraph would, not a quotation inside it",
	}, {
		name: "straight marks",
		text: "\"Sir,\n\n\"The goods were never sent.\n\n\"Yours faithfully,\n\"A. Hale.\"",
		want: []found{parts(d("\"Sir,\n\n\"The goods were never sent.\n\n\"Yours faithfully,\n\"A. Hale.\""),
			"\"Sir,", "\"The goods were never sent.", "\"Yours faithfully,\n\"A. Hale.\"")},
		reason: "straight marks reopen a letter's lines the same way",
	}, {
		name:   "a mark inside a line is still nested",
		text:   "“They kept saying, “Not yet,” all week,” she said.",
		want:   []found{d("“They kept saying, “Not yet,” all week,”"), n(1, quote.Direct, "“Not yet,”")},
		reason: "only a mark that begins a line after a comma reopens; one inside a line nests",
	}})
}
