package speaker_test

import "testing"

// TestIntroducedDescription covers a character the text never names,
// brought in by a description ("our shepherd, a silent fellow") and then
// called by a definite one with the same head noun ("the shepherd"): the
// definite description is that newcomer, not the man named last.
func TestIntroducedDescription(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the definite description goes on with the newcomer",
			reason: "the shepherd was brought in two paragraphs before; Oskar Lind, named since, is someone else",
			text: `Before dawn we set out behind our shepherd, a silent fellow in a tarred cap.

By noon the flock had reached the ford. Oskar Lind waded in to test the current and came back soaked to the knees.

The shepherd watched from the bank, amused.

"Deep water after rain," he said.`,
			want: []attributed{
				{"Deep water after rain,", "the shepherd", "cue-adjacent"},
			},
		},
		{
			name:   "a word the introduction lacks keeps them apart",
			reason: "\"the old shepherd\" says what \"a young shepherd\" did not, so he is someone else",
			text: `Before dawn we set out behind a young shepherd with a tarred cap.

At the ford the old shepherd waited. "Deep water after rain," said the old shepherd.`,
			want: []attributed{
				{"Deep water after rain,", "the old shepherd", "cue-adjacent"},
			},
		},
	})
}
