package speaker_test

import "testing"

// TestForeignAddressNoun covers a word of address from another language
// used as a noun ("the signorina"): it describes a person, so its cue
// names the speaker instead of leaving the line to the turn-taking.
func TestForeignAddressNoun(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the signorina is the young woman of the party",
			reason: `"the signorina" is a woman: the line is Lucia's, not the next man's turn`,
			text: `Lucia Varelli and her cousin Henry walked with Mr. Pennick along the river wall.

"The water is very high this spring," said Mr. Pennick.

"It rained for a month," Henry answered.

"I have never seen it so green!" the signorina exclaimed.`,
			want: []attributed{
				{"The water is very high this spring,", "Mr. Pennick", "cue-adjacent"},
				{"It rained for a month,", "Henry", "cue-adjacent"},
				{"I have never seen it so green!", "Lucia Varelli", "cue-adjacent"},
			},
		},
	})
}
