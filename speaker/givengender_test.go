package speaker_test

import "testing"

// TestGivenNameKeepsGender checks that a woman's given name keeps her a
// woman when the "he" that follows her name in a subordinate clause is
// another man's ("While Bridget laid the table, he …").
func TestGivenNameKeepsGender(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "two clauses opened by her name, each closed by his pronoun",
			text: `The lodger came down late, long after the lamps were lit.

While Bridget laid the table, he watched the street. When Bridget poured the tea, he did not turn round.

"Will you not sit down?" she asked.

"Presently," he said.`,
			want: []attributed{
				{"Will you not sit down?", "Bridget", "cue-adjacent"},
				{"Presently,", "the lodger", "cue-adjacent"},
			},
			reason: `"Bridget" is a woman's name; two "he" after it are the lodger, not a vote that makes her a man`,
		},
	})
}
