package speaker_test

import "testing"

// TestAndAfterSubordinateClause covers "and" continuing a main clause past
// a subordinate clause that a comma closes ("Mrs. Hollis kept knitting
// while Peder Voss talked, and then said:"): the verb after "and" is
// hers, not the subordinate clause's subject's; without the comma "and"
// goes on inside the subordinate clause.
func TestAndAfterSubordinateClause(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the main clause's subject says the words",
			reason: "a comma ends the while-clause, so \"and then said\" continues the clause of Mrs. Hollis",
			text: `Mrs. Hollis had taken the chair by the stove. Peder Voss came in out of the rain, shaking his coat.

Mrs. Hollis kept knitting while Peder Voss talked about the roads and the price of oats, and then said: "The stove is taken, I am afraid."`,
			want: []attributed{
				{"The stove is taken, I am afraid.", "Mrs. Hollis", "cue-adjacent"},
			},
		},
		{
			name:   "no comma: and continues the subordinate clause",
			reason: "\"when Kit met the warden and said\" is one clause whose subject is Kit",
			text:   `The gate was locked. Mrs. Hollis remembered the evening when Kit met the warden and said, "Never again."`,
			want: []attributed{
				{"Never again.", "Kit", "cue-adjacent"},
			},
		},
	})
}
