package quote_test

import (
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

func TestSingleMarkReopens(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "unclosed before a sentence's cue",
		text:   "'Run, shouted the shepherd. 'The ewes are out.'",
		want:   []found{unclosed(d("'Run,")), d("'The ewes are out.'")},
		reason: "single quotations do not nest in single ones: a new one after a full stop ends the one left open before its cue",
	}, {
		name:   "unclosed before a comma cue",
		text:   "‘Quiet, murmured Nan, ‘the baby’s asleep.’",
		want:   []found{unclosed(d("‘Quiet,")), d("‘the baby’s asleep.’")},
		reason: "the same before a cue clause that ends with a comma",
	}, {
		name: "a letter's close on two lines",
		text: "‘Read it out,’ said Tom.\n\n‘Dear Madam,\n\n‘The parcel was sent on Monday.\n\n‘Yours faithfully,\n‘P. Quayle.’",
		want: []found{d("‘Read it out,’"), parts(d("‘Dear Madam,\n\n‘The parcel was sent on Monday.\n\n‘Yours faithfully,\n‘P. Quayle.’"),
			"‘Dear Madam,", "‘The parcel was sent on Monday.", "‘Yours faithfully,\n‘P. Quayle.’")},
		reason: "a line that reopens the letter after a comma continues it",
	}, {
		name:   "double marks inside still nest",
		text:   "'He wrote \"Back soon\" on the door,' said Ida.",
		want:   []found{d("'He wrote \"Back soon\" on the door,'"), n(1, quote.Direct, "\"Back soon\"")},
		reason: "only a single mark of the same kind reopens; a double one nests as before",
	}})
}
