package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestSpeakerNotNamedWithin covers pronoun cues whose line speaks of a
// person by name: that person is not the one speaking.
func TestSpeakerNotNamedWithin(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "a daughter spoken of",
			text: `Tom Harker came into the parlour. Mrs. Vance rose to meet him, and Nora Vance looked up from her book at the window. "Nora has been ill all week," she said.`,
			want: []attributed{
				{"Nora has been ill all week,", "Mrs. Vance", "cue-adjacent"},
			},
			reason: `"she" who says "Nora has been ill" is not Nora but the other woman of the paragraph`,
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
