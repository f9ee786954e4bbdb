package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestAddressedInReply covers a line that only turn-taking attributes in a
// talk among three: the next line names whom it answers, and that one has
// just spoken.
func TestAddressedInReply(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the reply names the one who spoke",
			text: `"Where are the oars?" asked Hal Brewer.

"In the shed, under the sails," said Nell Ashby.

"The shed is locked," said Owen Pike. "I saw the padlock this morning."

"Then we shall row with our hands."

"Don't be silly, Hal," said Owen. "Nell has the key."`,
			want: []attributed{
				{"Where are the oars?", "Hal Brewer", "cue-adjacent"},
				{"In the shed, under the sails,", "Nell Ashby", "cue-adjacent"},
				{"The shed is locked,", "Owen Pike", "cue-adjacent"},
				{"I saw the padlock this morning.", "Owen Pike", "split-quote"},
				{"Then we shall row with our hands.", "Hal Brewer", "addressed-back"},
				{"Don't be silly, Hal,", "Owen Pike", "cue-adjacent"},
				{"Nell has the key.", "Owen Pike", "split-quote"},
			},
			reason: `alternation would give the cue-less line to Nell, but Owen answers it by calling Hal, who asked a moment before`,
		},
		{
			name: "the same voice after narration",
			text: `"I suppose you will laugh at my plan," said Ada Lorne.

"Not at all," said Ben Tull.

Ben slapped the table and laughed.

"Yes, I was sure you would."

"Forgive me, Ada, but a balloon to the moon is a strange plan."`,
			want: []attributed{
				{"I suppose you will laugh at my plan,", "Ada Lorne", "cue-adjacent"},
				{"Not at all,", "Ben Tull", "cue-adjacent"},
				{"Yes, I was sure you would.", "Ada Lorne", "addressed-back"},
				{"Forgive me, Ada, but a balloon to the moon is a strange plan.", "Ben Tull", "conversation"},
			},
			reason: `after a paragraph of narration the line that the next one answers by calling Ada is hers, even when the same voice seems to go on`,
		},
		{
			name: "someone who has not been talking",
			text: `"Where are the oars?" asked Hal Brewer.

"In the shed, under the sails," said Nell Ashby.

"Then we shall row with our hands."

"Don't be silly, Ruth," said Hal. "Nell has the key."`,
			want: []attributed{
				{"Where are the oars?", "Hal Brewer", "cue-adjacent"},
				{"In the shed, under the sails,", "Nell Ashby", "cue-adjacent"},
				{"Then we shall row with our hands.", "Hal Brewer", "conversation"},
				{"Don't be silly, Ruth,", "Hal Brewer", "cue-adjacent"},
				{"Nell has the key.", "Hal Brewer", "split-quote"},
			},
			reason: `a name called in the reply that has had no line lately does not take over the line before`,
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
