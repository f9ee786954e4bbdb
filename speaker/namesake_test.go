package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestNamesakeCalled covers a call by a family name that two people share
// ("Mr. Pellow"): the one in the conversation is meant.
func TestNamesakeCalled(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the brother who speaks is called",
			text: `Mr. Tom Pellow kept the farm alone, for his brother Mr. Walter Pellow had gone to sea in the spring. One evening Clara Whitby came to the farm with her cousin Frank Lee.

"Walter writes to me every month," said Mr. Tom Pellow.

"From where?" asked Frank Lee.

"From the Cape," said Clara.

"You must miss him, Mr. Pellow," said Clara.

"Very much," he answered.`,
			want: []attributed{
				{"Walter writes to me every month,", "Tom Pellow", "cue-adjacent"},
				{"From where?", "Frank Lee", "cue-adjacent"},
				{"From the Cape,", "Clara Whitby", "cue-adjacent"},
				{"You must miss him, Mr. Pellow,", "Clara Whitby", "cue-adjacent"},
				{"Very much,", "Tom Pellow", "cue-adjacent"},
			},
			reason: `"Mr. Pellow" fits both brothers; Clara calls the one she talks with, who answers`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
