package speaker_test

import "testing"

func TestNewsSportRoles(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a playing position as the subject",
			reason: `"the striker said" is a speaker description like "the official said"`,
			text:   "The only goal came late in the second half.\n\n\"I just put my head on it,\" the striker said.",
			want:   []attributed{{"I just put my head on it,", "the striker", "cue-adjacent"}},
		},
		{
			name:   "a position as a role before the name",
			reason: `"said winger Cal Ferris" then "the winger": the position is a role the name holds`,
			text:   "\"We never gave up,\" said winger Cal Ferris.\n\nThe club had lost four in a row.\n\n\"Now we can breathe,\" the winger added.",
			want: []attributed{
				{"We never gave up,", "Cal Ferris", "cue-adjacent"},
				{"Now we can breathe,", "Cal Ferris", "cue-adjacent"},
			},
		},
	})
}
