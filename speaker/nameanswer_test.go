package speaker_test

import "testing"

func TestNameAnswer(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a bare name answers a question for someone else",
			text: `Gideon parks by the harbour office and wakes his brother.

"We're here," he says.

"Already?" says Piers.

Inside, the clerk is a young man with a pencil behind his ear. He looks up when they reach the counter.

"Surname?" he asks.

"Piers," says Gideon. "He's booked on the noon boat."

"And yours?"

"Lark, the same."`,
			want: []attributed{
				{"We're here,", "Gideon", "cue-adjacent"},
				{"Already?", "Piers", "cue-adjacent"},
				{"Surname?", "the clerk", "cue-adjacent"},
				{"Piers,", "Gideon", "cue-adjacent"},
				{"He's booked on the noon boat.", "Gideon", "split-quote"},
				{"And yours?", "the clerk", "conversation"},
				{"Lark, the same.", "Gideon", "conversation"},
			},
			reason: `"Piers" alone answers the clerk's question and calls nobody: the question is the clerk's, not Piers's`,
		},
	})
}
