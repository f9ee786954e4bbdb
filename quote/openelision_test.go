package quote_test

import "testing"

func TestOpeningBeforeElision(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "dropped h after the opening mark",
		text:   "''Ere, mind the step,' warned the porter.",
		want:   []found{d("''Ere, mind the step,'")},
		reason: "the first mark opens, the second is the apostrophe of 'Ere; no other pair of apostrophes could close a double mark",
	}, {
		name:   "'Tis at the start of the speech",
		text:   "The old man sighed. ''Tis the last of the cider,' he said.",
		want:   []found{d("''Tis the last of the cider,'")},
		reason: "'Tis is an elision whatever its case",
	}, {
		name:   "a decade after the opening mark",
		text:   "''80s telly was better,' Dan insisted.",
		want:   []found{d("''80s telly was better,'")},
		reason: "'80s is a decade, so the second apostrophe belongs to it",
	}, {
		name:   "a double mark typed as two apostrophes",
		text:   "The wire read ''Tis over,'' and nothing more.",
		want:   []found{},
		reason: "with a second pair of apostrophes to close it, the first pair is a double mark, left out when not asked for",
	}, {
		name:   "no elision after the pair",
		text:   "''Move along,' said the constable.",
		want:   []found{},
		reason: "before a word the lexicon does not elide, two apostrophes keep their old reading",
	}})
}
