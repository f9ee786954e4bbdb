package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestFalseNames checks capitalised words that name no one: they must
// never become the speaker of a line.
func TestFalseNames(t *testing.T) {
	tests := []struct {
		reason string
		text   string
		want   []attributed
	}{
		{
			reason: "a capitalised adjective after a demonstrative modifies a noun and names no one",
			text: `The gate was opened by a porter in a grey coat. There was something odd about this Eastern figure in the lane.

"The master will see you," said he.`,
			want: []attributed{{"The master will see you,", "a porter", "cue-adjacent"}},
		},
		{
			reason: "the first of capitalised adjectives joined by and after an article names no one",
			text: `A sailor stood at the rail, a Bold and Hardy fellow.

"We wait here," said he.`,
			want: []attributed{{"We wait here,", "a sailor", "cue-adjacent"}},
		},
		{
			reason: "a run ending in a street word names a place, never a speaker",
			text: `We drove at last into Tallow Street. The rain had stopped.

"You are late," she said.`,
			want: []attributed{{"You are late,", "", "none"}},
		},
		{
			reason: "a street word alone, left by a name cut at a lost apostrophe, names a place",
			text: `Where the lane turns into Knight s Place, the dog stopped.

"You are late," she said.`,
			want: []attributed{{"You are late,", "", "none"}},
		},
		{
			reason: "modifiers parted by a comma belong to one description",
			text: `The door opened and a stout, red-faced woman came out with a broom.

"Off my step," she cried.`,
			want: []attributed{{"Off my step,", "a stout, red-faced woman", "cue-adjacent"}},
		},
	}
	for _, tc := range tests {
		got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
		}
	}
}
