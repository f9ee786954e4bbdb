package speaker_test

import "testing"

// TestPersonNouns covers nouns that name a person by what they do or are
// ("the guide", "the urchin"): a tag with one of them names the speaker.
func TestPersonNouns(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "a guide is a person",
			reason: "\"guide\" names a person, so the tag's description speaks",
			text:   `The path split at the cairn. "Keep to the left fork," said the guide.`,
			want: []attributed{
				{"Keep to the left fork,", "the guide", "cue-adjacent"},
			},
		},
		{
			name:   "an urchin is a person",
			reason: "\"urchin\" names a child, so the tag's description speaks",
			text:   `Rain dripped from the awning. "Penny for the papers, mister," said the urchin.`,
			want: []attributed{
				{"Penny for the papers, mister,", "the urchin", "cue-adjacent"},
			},
		},
	})
}
