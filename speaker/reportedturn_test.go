package speaker_test

import "testing"

// TestReportedTurn checks a line with no cue after a one-sentence
// paragraph that reports in indirect speech what the person just spoken
// to said back: that report was the listener's turn, and the line is the
// first speaker's answer.
func TestReportedTurn(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "indirect speech is the listener's turn",
			text: `Augusta Pell set down her cup and looked hard at her nephew across the breakfast table.

"You will write to your mother tonight," she said to Rufus.

Rufus grumbled that he had written only last week.

"Then you will write again. Mothers are fond of letters."`,
			want: []attributed{
				{"You will write to your mother tonight,", "Augusta Pell", "cue-adjacent"},
				{"Then you will write again. Mothers are fond of letters.", "Augusta Pell", "conversation"},
			},
			reason: `"Rufus grumbled that …" reports his answer: the line after it is his aunt's reply, not his`,
		},
	})
}
