package speaker_test

import "testing"

// TestColonAfterSubordinateClause covers a colon that ends a sentence
// opened by a subordinate clause with a speech verb of its own ("While
// Mrs. Penrose spoke, he … answered:"): the words after the colon are
// those of the main clause's subject, not of the clause before it.
func TestColonAfterSubordinateClause(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the main clause's pronoun, not the subordinate clause's speaker",
			reason: "the pilot answers while the passenger speaks: his is the line after the colon",
			text: `Old Egan Swayne leaned on the tiller of the barge. He had piloted it for thirty years, and he knew every bend of the river.

"How far to the lock?" asked Mrs. Penrose.

While Mrs. Penrose spoke, he straightened, and knocking his pipe against the rail, answered, in a voice hoarse from the fog:

"Two miles, if the current holds."`,
			want: []attributed{
				{"How far to the lock?", "Mrs. Penrose", "cue-adjacent"},
				{"Two miles, if the current holds.", "Old Egan Swayne", "colon"},
			},
		},
	})
}
