package speaker_test

import "testing"

// TestProgressiveCue covers a cue in the progressive ("Tom was saying
// to himself"): its subject is the one before "was", not the subject of
// the sentence's first clause.
func TestProgressiveCue(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the subject before was",
			reason: `"Ned was saying" has Ned for subject, not the "they" of the clauses before`,
			text: `Ned Carrow and his sister had searched the meadow for an hour.

They groaned and got up; and when they had brushed the burrs off themselves they sat down again; and all the time Ned was saying to himself, "If only the rain would stop!" For he felt sure that it would.`,
			want: []attributed{
				{"If only the rain would stop!", "Ned Carrow", "cue-adjacent"},
			},
		},
	})
}
