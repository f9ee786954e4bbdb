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
