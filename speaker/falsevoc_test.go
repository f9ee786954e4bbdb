package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestFalseVocatives covers names set off by commas inside a quotation
// that address no one: the speaker's own name in a self-introduction and
// the head of a list entry read out.
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
		{
			name: "a list entry read out",
			text: `Ada Pell turned the pages of the parish register while Tom Pell held the lamp for her.

"Quill, Edmund, F.R.S., 1871, Harwell. There he is at last."

"So the old surveyor did live here after all."`,
			want: []attributed{
				{"Quill, Edmund, F.R.S., 1871, Harwell. There he is at last.", "Ada Pell", "action-beat"},
				{"So the old surveyor did live here after all.", "Tom Pell", "conversation"},
			},
			reason: `"Quill, Edmund" heads an entry of the register: Edmund Quill is not called, so the one who answers Ada is Tom`,
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
