package quote_test

import (
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

func TestUnclosedBeforeCommaCue(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "straight marks",
		text:   `"Keep still, hissed the poacher, "the keeper's dog is out."`,
		want:   []found{unclosed(d(`"Keep still,`)), d(`"the keeper's dog is out."`)},
		reason: "a quotation that runs into its cue and a comma lacked its closing mark; the next mark opens the speech's second part",
	}, {
		name:   "curly marks",
		text:   "“Over here, Maud shouted, “by the well!”",
		want:   []found{unclosed(d("“Over here,")), d("“by the well!”")},
		reason: "the same with typographic marks",
	}, {
		name:   "a quotation inside after a speech verb",
		text:   `"The guard just said, "Go back," and shut the gate," Lena told us.`,
		want:   []found{d(`"The guard just said, "Go back," and shut the gate,"`), n(1, quote.Direct, `"Go back,"`)},
		reason: "with no cue clause between two commas before the mark, it opens a quotation inside the open one",
	}})
}
