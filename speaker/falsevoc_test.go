package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestFalseVocatives covers names set off by commas inside a quotation
// that address no one.
func TestFalseVocatives(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "a self-introduction",
			text: `I rode down to the mill, where Abel Finch was mending a sack at the gate.

"Mr. Finch?" I said.

No word came back, only a slow nod.

"Harold Rook, your new neighbour, sir," I said. "I have taken the house below the weir."

"That house floods every spring," he grumbled.`,
			want: []attributed{
				{"Mr. Finch?", "Narrator", "cue-adjacent"},
				{"Harold Rook, your new neighbour, sir,", "Narrator", "cue-adjacent"},
				{"I have taken the house below the weir.", "Narrator", "split-quote"},
				{"That house floods every spring,", "Abel Finch", "cue-adjacent"},
			},
			reason: `the narrator names himself and calls the miller "sir": the one who grumbles back is the miller, not the newcomer`,
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
