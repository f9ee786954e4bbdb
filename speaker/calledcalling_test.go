package speaker_test

import "testing"

func TestCallingOutsideTalk(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a calling met first in its tag is a new character",
			text: `Priya Dass pushed through the revolving door with her suitcase and crossed the empty lobby.

"Checking in?" asked the receptionist.

"For two nights," said Priya.`,
			want: []attributed{
				{"Checking in?", "the receptionist", "cue-adjacent"},
				{"For two nights,", "Priya Dass", "cue-adjacent"},
			},
			reason: `"the receptionist" names a calling, and the guest named before takes no part in any talk yet: the receptionist is someone else, not another name for her`,
		},
	})
}
