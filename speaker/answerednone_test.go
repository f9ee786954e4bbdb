package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestReplyNamesUnattributedLine covers a line no cue names ("came a
// voice") followed by a reply that calls its speaker by name: the one
// addressed in a reply is the one who has just spoken.
func TestReplyNamesUnattributedLine(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the voice from the loft is the woman the reply calls",
			text: `Rosalind Marsh kept the horses of the inn, and Pell slept in the straw below her loft.

The lanterns in the yard went out one by one after midnight.

"Who left the gate unlatched?" came a sharp voice from above.

"Not me, Rosalind," Pell muttered, and pulled the blanket over his head.`,
			want: []attributed{
				{"Who left the gate unlatched?", "Rosalind Marsh", "open-reply-call"},
				{"Not me, Rosalind,", "Pell", "cue-adjacent"},
			},
			reason: `nothing names the voice, but the reply calls Rosalind: she is the one who just spoke`,
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
