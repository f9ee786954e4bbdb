package speaker_test

import "testing"

// TestNarratorCalledByName covers a first-person narrator whom a companion
// calls by name twice, once after a paragraph of narration, while calling
// a dog by its name once: the narrator takes the name called most.
func TestNarratorCalledByName(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the name a companion calls the one who says I",
			reason: "Edmund is called twice around the narrator's lines and the dog once: the narrator is Edmund",
			text: `The lamps were lit when Tobias Crane came up the path with his dog at his heels. I had been mending a harness on the step.

"Still at work?" he asked.

"Always," I said.

"You should rest, Edmund, or you will wear out before the harness does."

"I have rested enough this winter," I answered.

"Down, Rufus!" he called, for the dog had its paws on my knee. "Then come with me to the fair."

"I would sooner mend harness," I said.

He laughed at that, and for a while neither of us spoke. The dog settled at our feet.

"Edmund," he said at last, "I mean it."

"So do I," I said.`,
			want: []attributed{
				{"Still at work?", "Tobias Crane", "cue-adjacent"},
				{"Always,", "Edmund", "cue-adjacent"},
				{"You should rest, Edmund, or you will wear out before the harness does.", "Tobias Crane", "conversation"},
				{"I have rested enough this winter,", "Edmund", "cue-adjacent"},
				{"Down, Rufus!", "Tobias Crane", "cue-adjacent"},
				{"Then come with me to the fair.", "Tobias Crane", "split-quote"},
				{"I would sooner mend harness,", "Edmund", "cue-adjacent"},
				{"Edmund,", "Tobias Crane", "cue-adjacent"},
				{"I mean it.", "Tobias Crane", "cue-adjacent"},
				{"So do I,", "Edmund", "cue-adjacent"},
			},
		},
	})
}
