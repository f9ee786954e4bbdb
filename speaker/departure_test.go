package speaker_test

import "testing"

// TestDeparture covers a participant whom the narration sends away
// between two exchanges: the one who left answers no one.
func TestDeparture(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the steward leaves and the passenger talks with the captain",
			text: `Captain Harrow sat at the head of the table with his charts spread over the cloth.

"Will the wind hold, Mr. Quill?" asked the captain.

"Till Thursday, sir, and then a gale."

Quill, with a glance at the barometer, withdrew to the galley.

Half an hour later Miss Lorne came down from the deck with her shawl wet through.

"We shall be late again," said Miss Lorne.

"Not this time, madam."`,
			want: []attributed{
				{"Will the wind hold, Mr. Quill?", "Harrow", "cue-adjacent"},
				{"Till Thursday, sir, and then a gale.", "Quill", "conversation"},
				{"We shall be late again,", "Miss Lorne", "cue-adjacent"},
				{"Not this time, madam.", "Harrow", "conversation"},
			},
			reason: `the steward "withdrew to the galley": the captain, still at table, answers the passenger`,
		},
	})
}
