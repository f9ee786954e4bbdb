package quote_test

import "testing"

func TestInchMarksInsideQuotations(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "a size before a noun",
		text:   `"Fetch the 10" skillet," said the cook, "and the lid."`,
		want:   []found{d(`"Fetch the 10" skillet,"`), d(`"and the lid."`)},
		reason: `a " after a number and before a lower-case noun is an inch sign; the quotation closes after the comma`,
	}, {
		name:   "feet and inches",
		text:   `"He stood 6'3" in his boots," the sergeant recalled.`,
		want:   []found{d(`"He stood 6'3" in his boots,"`)},
		reason: `6'3" is a height: its " closes nothing`,
	}, {
		name:   "joined to a word",
		text:   `"Cut it 4"-wide and sand the edges," she told him.`,
		want:   []found{d(`"Cut it 4"-wide and sand the edges,"`)},
		reason: `a hyphen after the sign joins it to the word`,
	}, {
		name:   "a name that ends on a number",
		text:   `Thousands joined the "Route 9" protest, which closed the road for a day.`,
		want:   []found{tm(`"Route 9"`)},
		reason: `no mark later in the paragraph could close the quotation, so the " after the number closes it`,
	}, {
		name:   "a number before the cue",
		text:   `"The score was 21," he said, "or maybe 24" she added.`,
		want:   []found{d(`"The score was 21,"`), d(`"or maybe 24"`)},
		reason: `before a pronoun that cues the speech the mark after a number closes`,
	}})
}
