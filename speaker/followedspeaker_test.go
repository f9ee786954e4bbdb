package speaker_test

import "testing"

// TestFollowedSpeaker checks a "she" cue opening the paragraph after a
// line whose speaker the narration then follows for several sentences:
// she goes on speaking, whoever's turn the conversation would give next.
func TestFollowedSpeaker(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the narration after the line keeps its speaker before the reader",
			text: `Hester Brannock and Mrs. Oakes had been quarrelling over the fence for the better part of an hour.

"Your hens are in my beans again," said Hester.

"My hens go where they please," said Mrs. Oakes, folding her arms. Mrs. Oakes had buried two husbands and outlived a third who ran off to sea. She feared nobody in the parish. Her tongue was the terror of three villages.

"And they will go on pleasing themselves," she said.`,
			want: []attributed{
				{"Your hens are in my beans again,", "Hester Brannock", "cue-adjacent"},
				{"My hens go where they please,", "Mrs. Oakes", "cue-adjacent"},
				{"And they will go on pleasing themselves,", "Mrs. Oakes", "cue-adjacent"},
			},
			reason: `two sentences about Mrs. Oakes follow her line: the next "she" is still her, not the neighbour whose turn it would be`,
		},
	})
}
