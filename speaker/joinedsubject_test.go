package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestLastJoinedSubject covers a sentence of narration that lists several
// actors in clauses joined by ", and" right before a line of speech: the
// last of them is the one in view, and speaks.
func TestLastJoinedSubject(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "a line with no cue",
			text: `Nan Hollis and Will Carver had waited all afternoon for the carrier's cart.

At six Nan swept the floor of the kitchen, and Will laid out the plates on the long table.

"The cart must have lost a wheel on the hill."`,
			want:   []attributed{{"The cart must have lost a wheel on the hill.", "Will Carver", "action-beat"}},
			reason: `the last of the actors in the closing sentence speaks, not the first`,
		},
		{
			name: "a pronoun cue",
			text: `Walter Grey and Tom Harker had come to the inn before dusk.

Walter Grey hung his wet coat on a peg, and Tom Harker stretched his hands out to the fire.

"Is there any supper left?" he asked.`,
			want:   []attributed{{"Is there any supper left?", "Tom Harker", "cue-adjacent"}},
			reason: `"he" after a closing sentence of two joined clauses is the subject of the later one`,
		},
		{
			name: "a name after a preposition",
			text: `Walter Grey and Tom Harker had come to the inn before dusk.

Walter Grey hung his wet coat on a peg, and sat down next to Tom Harker by the fire.

"Is there any supper left?" he asked.`,
			want:   []attributed{{"Is there any supper left?", "Walter Grey", "cue-adjacent"}},
			reason: `a name that follows a preposition in the later clause is no subject: the first one acts throughout`,
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
