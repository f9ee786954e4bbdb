package speaker_test

import "testing"

func TestNewsPaperNames(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a time of day opening a paper's name",
			reason: `"the Morning Star said": "Morning" is part of the title, not a word to drop`,
			text:   `The Morning Star said the strike was "entirely avoidable".`,
			want:   []attributed{{"entirely avoidable", "Morning Star", "cue-sentence"}},
		},
		{
			name:   "a local paper",
			reason: `"the Evening Echo reported": "Echo" names a paper as "Herald" does`,
			text:   `The Evening Echo reported that the pier would be "closed until spring".`,
			want:   []attributed{{"closed until spring", "Evening Echo", "cue-sentence"}},
		},
	})
}
