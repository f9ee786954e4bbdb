package speaker_test

import "testing"

func TestNestedCall(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a name called inside a reported line",
			text: `'Guess what the foreman told me,' Agnes said, hanging up her coat.

'Go on,' said Hetty from the sink.

'He said, "You've the steadiest hands on the floor, Miss Crane." In front of the whole shift.'

'And was that a compliment?'

'I couldn't tell you.'`,
			want: []attributed{
				{"Guess what the foreman told me,", "Agnes", "cue-adjacent"},
				{"Go on,", "Hetty", "cue-adjacent"},
				{"He said, \"You've the steadiest hands on the floor, Miss Crane.\" In front of the whole shift.", "Agnes", "conversation"},
				{"And was that a compliment?", "Hetty", "conversation"},
				{"I couldn't tell you.", "Agnes", "conversation"},
			},
			reason: `"Miss Crane" is the foreman's call, reported inside Agnes's line: it says nothing of whom Agnes speaks to, so the reply is Hetty's turn`,
		},
	})
}
