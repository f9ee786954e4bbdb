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
	})
}
