package quote_test

import "testing"

func TestCurlyOpenBeforeDialectWord(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "a word that dialect also elides",
		text:   "The ferry firm said crossings would be ‘as frequent as we can make them’ this week.",
		want:   []found{p("‘as frequent as we can make them’")},
		reason: "‘ is an opening mark: an elided 'as (has) is written with ’",
	}, {
		name:   "is after the left mark",
		text:   "The mayor said the plan ‘is not dead yet’ and left.",
		want:   []found{p("‘is not dead yet’")},
		reason: "a quotation may open with a word dialect writes with a dropped h",
	}, {
		name:   "a pure elision still wins",
		text:   "Bring ‘em all to the yard, he told the crew.",
		want:   []found{},
		reason: "'em is no word on its own, so ‘ before it stays an apostrophe",
	}, {
		name:   "the right mark before a dialect word",
		text:   "“He ’as gone to the market,” said the old woman.",
		want:   []found{d("“He ’as gone to the market,”")},
		reason: "’ before 'as is the apostrophe of the dropped h",
	}})
}
