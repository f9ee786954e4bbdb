package speaker_test

import "testing"

// TestCalledReacts covers the narration after a line that calls someone
// by name: its "she" is the one called, taking in what was said, so the
// "she said" that follows is hers.
func TestCalledReacts(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the one called takes it in and answers",
			reason: `"Why, Nell" calls Nell; "she" in the next paragraph is Nell, not her aunt who spoke, and so is "she said"`,
			text: `Nell Harrow and her aunt, Mrs. Quayle, sat over the letter from the bank.

"So the mill is sold at last," said Nell.

"Why, Nell, you are a rich woman now! Think of the gowns, and the carriage, and the house in town!"

For a while she did not smile. She only folded the letter and laid it on the table.

"I had rather have my brother home again," she said.`,
			want: []attributed{
				{"So the mill is sold at last,", "Nell Harrow", "cue-adjacent"},
				{"Why, Nell, you are a rich woman now! Think of the gowns, and the carriage, and the house in town!", "Mrs. Quayle", "conversation"},
				{"I had rather have my brother home again,", "Nell Harrow", "cue-adjacent"},
			},
		},
	})
}
