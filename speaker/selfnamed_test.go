package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestSelfNamedSpeaker covers pronoun and description cues whose speaker
// says who they are ("My name is Tom Pellow.").
func TestSelfNamedSpeaker(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "a bare name the speaker confirms",
			text: `Clara Whitby and her cousin Tom Harker knocked at the cottage door. A stout stranger opened it and bowed.

"Walter Grey," said the old man, still bowing. "That's my name, miss. You are expected."

"We came as soon as we could," said Clara.

Walter Grey led them into a low room.`,
			want: []attributed{
				{"Walter Grey,", "Walter Grey", "cue-adjacent"},
				{"That's my name, miss. You are expected.", "Walter Grey", "split-quote"},
				{"We came as soon as we could,", "Clara Whitby", "cue-adjacent"},
			},
			reason: `"the old man" names himself: he is the Walter Grey the narration knows, not the last man mentioned`,
		},
		{
			name: "my name is",
			text: `Clara Whitby and her cousin Tom Harker waited on the pier. A thin man in a grey coat came up to them.

"Good morning. My name is Walter Grey," he said.

"Good morning," said Clara.

Walter Grey took her bag.`,
			want: []attributed{
				{"Good morning. My name is Walter Grey,", "Walter Grey", "cue-adjacent"},
				{"Good morning,", "Clara Whitby", "cue-adjacent"},
			},
			reason: `"he" says his own name: he is Walter Grey, not Tom Harker`,
		},
		{
			name: "a name reported is not the speaker's",
			text: `Clara Whitby and her cousin Tom Harker waited on the pier. Walter Grey came up to them.

"Good morning," said Walter Grey.

"She keeps saying I am Walter Grey," he said.`,
			want: []attributed{
				{"Good morning,", "Walter Grey", "cue-adjacent"},
				{"She keeps saying I am Walter Grey,", "Tom Harker", "cue-adjacent"},
			},
			reason: `"I am" inside a reported clause does not start the speaker's own sentence: "he" is the one who answers Walter Grey`,
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
