package speaker_test

import "testing"

// TestLineDeparture covers a speaker who leaves with his own line ("…,"
// said the inspector as they went out): the "he" who answers the narrator
// afterwards is someone who stayed.
func TestLineDeparture(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the inspector goes out with the poacher",
			reason: `"as they went out" takes the inspector and the poacher away; "he shook his head … said he" is Felix, who stayed by the fire, not the inspector named last`,
			text: `Felix Crane and I sat on either side of the fire, and the poacher sat between us.

"That is the whole of it," said Amos Rudd.

"It will do," said Felix. "I have no more questions."

"Then he goes to the lock-up," said Inspector Dunmore, who had stood by the door all evening.

"Keep in front of me, Rudd," said the inspector as they went out.

The lamp had burned low before I spoke again.

"A sad business," I said.

He shook his head. "Sadder than you know," said he.`,
			want: []attributed{
				{"That is the whole of it,", "Amos Rudd", "cue-adjacent"},
				{"It will do,", "Felix Crane", "cue-adjacent"},
				{"I have no more questions.", "Felix Crane", "split-quote"},
				{"Then he goes to the lock-up,", "Dunmore", "cue-adjacent"},
				{"Keep in front of me, Rudd,", "Dunmore", "cue-adjacent"},
				{"A sad business,", "Narrator", "cue-adjacent"},
				{"Sadder than you know,", "Felix Crane", "cue-adjacent"},
			},
		},
	})
}
