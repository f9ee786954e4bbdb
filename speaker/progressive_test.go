package speaker_test

import "testing"

// TestProgressiveCue covers a cue in the progressive ("Tom was saying
// to himself"): its subject is the one before "was", not the subject of
// the sentence's first clause.
func TestProgressiveCue(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the subject before was",
			reason: `"Ned was grumbling" has Ned for subject, not the "they" of the clauses before`,
			text: `Ned Carrow and his sister had searched the meadow for an hour.

They groaned and rose; and once they had brushed the burrs off themselves they flopped onto the grass once more; and every minute Ned was grumbling to himself, "Will this rain never end?" But it never did.`,
			want: []attributed{
				{"Will this rain never end?", "Ned Carrow", "cue-adjacent"},
			},
		},
	})
}
