package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestNarratorListens covers a paragraph of narration in which the one
// who says "I" only listens ("I smiled."): the conversation of the others
// goes on.
func TestNarratorListens(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the narrator nods",
			text: `Tom Harker sat across the table from me, and his uncle Walter Grey stood by the fire.

"We leave at dawn," said Walter Grey.

"Then I shall pack tonight," said Tom Harker.

I smiled and said nothing.

"Good," said he. "Bring the lamp."`,
			want: []attributed{
				{"We leave at dawn,", "Walter Grey", "cue-adjacent"},
				{"Then I shall pack tonight,", "Tom Harker", "cue-adjacent"},
				{"Good,", "Walter Grey", "cue-adjacent"},
				{"Bring the lamp.", "Walter Grey", "split-quote"},
			},
			reason: `the narrator's nod is no turn of the talk: "he" answers Tom Harker`,
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
