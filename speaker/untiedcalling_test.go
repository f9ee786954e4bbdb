package speaker_test

import "testing"

func TestUntiedCalling(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a calling first met in its tag is not the participant whose turn it is",
			text: `Nadia Okafor carried her violin case up the stairs of the old theatre and knocked on the office door.

"Yes?" snapped the clerk.

"I am here for the audition at four," said Nadia.

"Second door on the left," answered the clerk. "Wait there."

Nadia sat on a bench beside a boy with a mop and a bucket.

"Have you played here before?" asked the caretaker.`,
			want: []attributed{
				{"Yes?", "the clerk", "cue-adjacent"},
				{"I am here for the audition at four,", "Nadia Okafor", "cue-adjacent"},
				{"Second door on the left,", "the clerk", "cue-adjacent"},
				{"Wait there.", "the clerk", "split-quote"},
				{"Have you played here before?", "the caretaker", "cue-adjacent"},
			},
			reason: `nothing ties "the caretaker" to Nadia, and a newcomer ("a boy with a mop") was brought in since she was last named: the turn-taking that expects her must not make the caretaker another name for her`,
		},
		{
			name: "an apposition ties the calling to the named person",
			text: `Doctor visits were rare in the valley, so everyone knew Tobias Wren, the ferryman, by his limp.

"Crossing tonight?" asked Ruth Abara.

"Not in this fog," grunted the ferryman.`,
			want: []attributed{
				{"Crossing tonight?", "Ruth Abara", "cue-adjacent"},
				{"Not in this fog,", "Tobias Wren", "cue-adjacent"},
			},
			reason: `"Tobias Wren, the ferryman" says who the ferryman is, so the line tagged with the calling is his`,
		},
		{
			name: "a predicate ties the calling to the named person",
			text: `Marguerite Osei was the innkeeper, and nothing left her cellar without her nod.

"Any cider left for the fair?" asked Felix Brandt.

"Two barrels, no more," replied the innkeeper.`,
			want: []attributed{
				{"Any cider left for the fair?", "Felix Brandt", "cue-adjacent"},
				{"Two barrels, no more,", "Marguerite Osei", "cue-adjacent"},
			},
			reason: `"Marguerite Osei was the innkeeper" names her calling, so the innkeeper who replies is she`,
		},
		{
			name: "a different calling does not join another calling's description",
			text: `The night was cold at the depot. The conductor leaned out of the last carriage and waved his cap.

"Is the line clear?" shouted the conductor.

"Clear to the bridge," called the guard.

"Then we go," said the conductor.`,
			want: []attributed{
				{"Is the line clear?", "the conductor", "cue-adjacent"},
				{"Clear to the bridge,", "the guard", "cue-adjacent"},
				{"Then we go,", "the conductor", "cue-adjacent"},
			},
			reason: `"the guard" and "the conductor" name two different jobs: whoever's turn it is, the guard is not another name for the conductor`,
		},
	})
}
