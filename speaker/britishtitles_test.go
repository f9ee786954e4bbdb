package speaker_test

import "testing"

func TestNewsBritishTitles(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "Rt before a religious title",
			reason: `"the Rt Rev Joan Pell": "Rt" (Right) belongs to the title chain, not the name`,
			text:   `"The doors stay open," said the Rt Rev Joan Pell.`,
			want:   []attributed{{"The doors stay open,", "Joan Pell", "cue-adjacent"}},
		},
	})
}

func TestNewsPostNominals(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a member of parliament",
			reason: `"said Ada Morrow MP": the letters of a seat are no part of the name`,
			text:   `"We stand firm," said Ada Morrow MP.`,
			want:   []attributed{{"We stand firm,", "Ada Morrow", "cue-adjacent"}},
		},
		{
			name:   "an honour",
			reason: `"Rita Vale OBE said": an honour is written after the name, not in it`,
			text:   `Rita Vale OBE said the garden was "a labour of love".`,
			want:   []attributed{{"a labour of love", "Rita Vale", "cue-sentence"}},
		},
		{
			name:   "a generational suffix stays",
			reason: `"Carl Dunn Jr." is a different man from his father, so "Jr." is kept`,
			text:   `"Yes," said Carl Dunn Jr.`,
			want:   []attributed{{"Yes,", "Carl Dunn Jr.", "cue-adjacent"}},
		},
	})
}
