package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestPossessedSubject covers a "she said" after a sentence that opens
// with a woman's kin ("Tessa's mother"): the pronoun is the kin, not the
// woman the possessive names.
func TestPossessedSubject(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the mother the possessive opens with speaks",
			text: `Tessa Vance carried a tray of loaves out to the counter of the bakery.

“These came out of the oven a minute ago,” said Tessa.

“Then put them at the front,” said Mr. Gow, who bought bread there every morning.

Tessa's mother untied her apron and counted the coins in the drawer twice. Then “We are a shilling short again,” she said.`,
			want: []attributed{
				{"These came out of the oven a minute ago,", "Tessa Vance", "cue-adjacent"},
				{"Then put them at the front,", "Mr. Gow", "cue-adjacent"},
				{"We are a shilling short again,", "Mrs. Vance", "cue-adjacent"},
			},
			reason: `the sentence before the cue opens with "Tessa's mother": the "she" who speaks is the mother, not Tessa, whom the possessive only names`,
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
