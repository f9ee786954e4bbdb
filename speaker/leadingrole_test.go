package speaker_test

import "testing"

func TestNewsRoleNamedBelow(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "the role first, the holder named below",
			reason: `"The governor insists" opens the column; "Governor Ines Falk" below is the one holder: one person`,
			text: "The governor insists the ferry fare freeze is \"paid for in full.\" It is not.\n\n" +
				"Governor Ines Falk repeated the claim on Monday. \"Every cent is accounted for,\" she said.",
			want: []attributed{
				{"paid for in full.", "Ines Falk", "cue-sentence"},
				{"Every cent is accounted for,", "Ines Falk", "cue-adjacent"},
			},
		},
		{
			name:   "the holder named in the next sentence",
			reason: `"As the governor likes to say, “Q”. Governor Ines Falk ..." : the holder may follow in the same paragraph`,
			text:   "As the governor likes to say, \"Nobody ever drowned in a budget.\" Governor Ines Falk said it again on Monday.",
			want:   []attributed{{"Nobody ever drowned in a budget.", "Ines Falk", "cue-adjacent"}},
		},
		{
			name:   "two holders below",
			reason: `two people named below hold the post: the role stays a description of its own`,
			text: "The judge called the delay \"inexcusable.\"\n\n" +
				"Judge Omar Salt took over the case in May from Judge Tova Reyes, who retired.",
			want: []attributed{{"inexcusable.", "the judge", "cue-sentence"}},
		},
	})
}
