package speaker_test

import "testing"

func TestNewsEpithets(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "nationality after the verb",
			reason: `"said the Dane": a nationality used as a noun stands for the person named before`,
			text:   "Freya Lund crossed the line first in the sprint.\n\n\"My legs were gone at the end,\" said the Dane.",
			want:   []attributed{{"My legs were gone at the end,", "Freya Lund", "cue-adjacent"}},
		},
		{
			name:   "nationality before the verb",
			reason: `"the Brazilian admitted": the latest named person, not the place`,
			text:   "Rafael Souto missed a penalty in the first half.\n\n\"I let everybody down,\" the Brazilian admitted.",
			want:   []attributed{{"I let everybody down,", "Rafael Souto", "cue-adjacent"}},
		},
		{
			name:   "an age as the subject",
			reason: `"the 29-year-old said": an age word is an epithet of someone named`,
			text:   "The shop belongs to Imogen Tey, who opened it last spring.\n\n\"We sold out on the first morning,\" the 29-year-old said.",
			want:   []attributed{{"We sold out on the first morning,", "Imogen Tey", "cue-adjacent"}},
		},
		{
			name:   "an adjective before a noun is no epithet",
			reason: `"the Danish coach said": the nationality modifies a noun and is no speaker`,
			text:   "Freya Lund won the race.\n\n\"She was brilliant,\" the Danish coach said.",
			want:   []attributed{{"She was brilliant,", "the Danish coach", "cue-adjacent"}},
		},
	})
}
