package speaker_test

import "testing"

// TestAnsweredByGesture covers a participant who answers a question with a
// nod or a shrug in a paragraph of its own: the other participant speaks
// next.
func TestAnsweredByGesture(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the gardener nods and the mistress asks again",
			text: `The frost had come early that year, and the roses by the wall were black.

"Did you cover the seedlings?" asked Mrs. Tredgold.

"Every tray, ma'am," said Hobbs.

"And the vine in the glasshouse?"

Hobbs nodded.

"Then we have lost only the roses."

"Only the roses, ma'am."`,
			want: []attributed{
				{"Did you cover the seedlings?", "Mrs. Tredgold", "cue-adjacent"},
				{"Every tray, ma'am,", "Hobbs", "cue-adjacent"},
				{"And the vine in the glasshouse?", "Mrs. Tredgold", "conversation"},
				{"Then we have lost only the roses.", "Mrs. Tredgold", "conversation"},
				{"Only the roses, ma'am.", "Hobbs", "conversation"},
			},
			reason: `"Hobbs nodded" is his answer: the next line is the mistress's, and the turns go on from there`,
		},
	})
}
