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
		{
			name: "a bare name answering a question for one's name is one's own",
			text: `The boy at the gate held a lantern up to the cart. Mr. Rudd leaned down from the seat.

"Is this the mill road?" said Mr. Rudd.

"It is, sir," said Mrs. Rudd beside him. "I know the bridge."

Mr. Rudd nodded and looked down at the boy. "And what's your name?"

"Tam."

"Well, Tam, open the gate," said Mr. Rudd.

Tam lifted the bar.`,
			want: []attributed{
				{"Is this the mill road?", "Mr. Rudd", "cue-adjacent"},
				{"It is, sir,", "Mrs. Rudd", "cue-adjacent"},
				{"I know the bridge.", "Mrs. Rudd", "split-quote"},
				{"And what's your name?", "Mr. Rudd", "action-beat"},
				{"Tam.", "Tam", "conversation"},
				{"Well, Tam, open the gate,", "Mr. Rudd", "cue-adjacent"},
			},
			reason: `"Tam." answers "what's your name?": the boy gives his own name, though the talk so far was between the Rudds`,
		},
	})
}
