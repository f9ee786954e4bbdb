package speaker_test

import "testing"

// TestAppositiveDescription covers a character brought in by a description
// that a second, indefinite one stands beside ("the ferryman, a gruff old
// fellow in a patched coat"): both describe one person, who keeps the
// first description; a description in a list stands beside nobody.
func TestAppositiveDescription(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "comma apposition",
			reason: "the gruff old fellow is the ferryman, so his line is the ferryman's",
			text: `At the landing Mara paid the ferryman, a gruff old fellow in a patched coat.

"The tide turns at noon," he said.`,
			want: []attributed{
				{"The tide turns at noon,", "the ferryman", "cue-adjacent"},
			},
		},
		{
			name:   "dash apposition",
			reason: "after a dash the indefinite description says again who the innkeeper is",
			text: `Ivo knocked twice before the innkeeper--a stout woman with flour on her sleeves--opened the door.

"We have one room left," she told him.`,
			want: []attributed{
				{"We have one room left,", "the innkeeper", "cue-adjacent"},
			},
		},
	})
}
