package speaker_test

import "testing"

// TestChildNotAdult covers a description of a child ("the boy") in a
// conversation where the grown man is the speaker the turn-taking
// expects: the child is not "Mr." anybody.
func TestChildNotAdult(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the boy is not the gentleman whose turn it is",
			reason: `"the boy" cannot be Mr. Harlow, so the line goes to the small brother named before`,
			text: `Mr. Harlow sat on the low wall by the mill pond with Nell Ashcombe and her small brother Tobias, watching the ducks quarrel over crusts.

"Are you walking to the fair tomorrow?" Mr. Harlow asked.

"I hope so," said Nell. "The lane is deep in mud, though."

"What fair?" the boy asked.`,
			want: []attributed{
				{"Are you walking to the fair tomorrow?", "Mr. Harlow", "cue-adjacent"},
				{"I hope so,", "Nell Ashcombe", "cue-adjacent"},
				{"The lane is deep in mud, though.", "Nell Ashcombe", "split-quote"},
				{"What fair?", "Tobias", "cue-adjacent"},
			},
		},
	})
}
