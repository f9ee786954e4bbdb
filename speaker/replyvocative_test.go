package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestReplyVocativeNamesDescription covers a line whose cue is a
// description ("said this newcomer") answered by a reply that calls the
// speaker by name: the description is the one called, not the speaker the
// conversation expected.
func TestReplyVocativeNamesDescription(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the newcomer is the man the reply calls",
			text: `Captain Harlow paced the deck of the ferry while the rain came down in sheets.

"Cast off the bow line," Harlow ordered.

"Aye, sir," answered Quill, and ran forward to the rail.

Heavy boots rang on the gangway, and a stout fellow in an oilskin climbed aboard.

"The tide will not wait for your passengers," grumbled this newcomer.

"Nor will I, Benson," Harlow snapped. "Stow your bag below and light the galley stove."

"Aye, Captain," said Benson, and he went below without another word.`,
			want: []attributed{
				{"Cast off the bow line,", "Harlow", "cue-adjacent"},
				{"Aye, sir,", "Quill", "cue-adjacent"},
				{"The tide will not wait for your passengers,", "Benson", "cue-adjacent"},
				{"Nor will I, Benson,", "Harlow", "cue-adjacent"},
				{"Stow your bag below and light the galley stove.", "Harlow", "split-quote"},
				{"Aye, Captain,", "Benson", "cue-adjacent"},
			},
			reason: `"this newcomer" is answered "Nor will I, Benson": the one the reply calls is the one who just spoke, not Quill, who spoke before him`,
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
