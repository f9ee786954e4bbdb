package speaker_test

import "testing"

func TestNewsVerbNounInName(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a railway company",
			reason: `"Coastal Rail said": "Rail" ends the name, it is not the verb "rail"`,
			text:   `Coastal Rail said the bridge would reopen "within a fortnight".`,
			want:   []attributed{{"within a fortnight", "Coastal Rail", "cue-sentence"}},
		},
		{
			name:   "a newspaper title",
			reason: `"the Valley Post reported": "Post" is the paper's name, not the verb "post"`,
			text:   `The Valley Post reported that the mayor had been "furious" about the leak.`,
			want:   []attributed{{"furious", "Valley Post", "cue-sentence"}},
		},
		{
			name:   "a surname that is a speech verb",
			reason: `"said Emma Call": a bare verb form closing a run is the surname`,
			text:   `"The roof held," said Emma Call, who runs the hostel.`,
			want:   []attributed{{"The roof held,", "Emma Call", "cue-adjacent"}},
		},
		{
			name:   "a place before the verb noun",
			reason: `"Vermont State": after a place the capitalised word is left to the place rules, and a place does not speak`,
			text:   "The letter came from Vermont State. \"Open it now.\"",
			want:   []attributed{{"Open it now.", "", "none"}},
		},
	})
}

func TestFictionPlaceBeforeVerbNoun(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "a state is no speaker",
			reason: `"from Vermont State": "State" closes a place, so no person "Vermont State" takes the line`,
			text:   "She told him she came from Vermont State. He took the boy by the arm.\n\n\"Open it now,\" said the boy.",
			want:   []attributed{{"Open it now,", "the boy", "cue-adjacent"}},
		},
	})
}
