package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestWifeByHusbandsName covers "Mrs." or "Lady" before a man's full name,
// the English way of naming his wife: she is a woman of that family, never
// the man himself.
func TestWifeByHusbandsName(t *testing.T) {
	tests := []struct {
		name   string
		genre  speaker.Genre
		text   string
		want   []attributed
		reason string
	}{
		{
			name:  "a wife named after her husband, then his wife",
			genre: speaker.GenreFiction,
			text: `Edgar Pym carried a basket of plums up from the orchard. Mrs. Edgar Pym was waiting for him at the gate.

"The wasps have been at them," said Mrs. Edgar Pym.

"Then the wasps may keep the bruised ones," said Edgar.

"You would feed every creature in the county," said his wife.`,
			want: []attributed{
				{"The wasps have been at them,", "Mrs. Edgar Pym", "cue-adjacent"},
				{"Then the wasps may keep the bruised ones,", "Edgar Pym", "cue-adjacent"},
				{"You would feed every creature in the county,", "Mrs. Edgar Pym", "cue-adjacent"},
			},
			reason: `"Mrs. Edgar Pym" is the woman Mrs. Pym, whom "his wife" names again; Edgar stays a man of his own`,
		},
		{
			name:  "a rare given name the text gave a man",
			genre: speaker.GenreFiction,
			text: `Mr. Bartram Pellow kept the lighthouse on the point. On Sundays Mrs. Bartram Pellow rowed across to the chapel.

"The tide turns at four," said Mrs. Pellow.

"I shall be back before it," he said.`,
			want: []attributed{
				{"The tide turns at four,", "Mrs. Bartram Pellow", "cue-adjacent"},
				{"I shall be back before it,", "Bartram Pellow", "cue-adjacent"},
			},
			reason: `"Bartram" is no name the lexicon knows, but "Mr. Bartram Pellow" is a man: "Mrs. Bartram Pellow" is his wife, the Mrs. Pellow who speaks`,
		},
		{
			name:  "a woman's own given name",
			genre: speaker.GenreFiction,
			text: `Mrs. Agnes Thorley ran the bakery on Mill Lane.

"No bread until Tuesday," said Mrs. Agnes Thorley.`,
			want: []attributed{
				{"No bread until Tuesday,", "Agnes Thorley", "cue-adjacent"},
			},
			reason: `"Agnes" is her own name: the rule leaves it whole`,
		},
		{
			name:  "a wife called by her husband's name",
			genre: speaker.GenreFiction,
			text: `The vicar stood at the door of the vestry with his watch in his hand.

"You are late again, Mrs. Edgar Pym," he said.

"The pony lost a shoe on the hill," she said.`,
			want: []attributed{
				{"You are late again, Mrs. Edgar Pym,", "the vicar", "cue-adjacent"},
				{"The pony lost a shoe on the hill,", "Mrs. Edgar Pym", "cue-adjacent"},
			},
			reason: `the woman the vicar calls answers him, and she is Mrs. Pym, not a woman called Edgar`,
		},
		{
			name:  "news: the wife is no alias of the husband",
			genre: speaker.GenreNews,
			text:  `Mrs. Walter Dunmore, who chairs the hospital board, cut the ribbon on Friday. "We waited eleven years for this wing," Mrs. Dunmore said. Her husband, the retired surgeon Walter Dunmore, stood beside her. "The council heard from her every single month," he said.`,
			want: []attributed{
				{"We waited eleven years for this wing,", "Mrs. Walter Dunmore", "cue-adjacent"},
				{"The council heard from her every single month,", "Walter Dunmore", "cue-adjacent"},
			},
			reason: `the board chair is Mrs. Dunmore; the surgeon who speaks after her is another person`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: tc.genre}, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
