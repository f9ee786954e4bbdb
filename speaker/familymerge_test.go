package speaker_test

import "testing"

// TestTitledSurnameMerge covers "Miss Surname" and "Mr. Surname" written
// for the one woman or man of that surname the story gives a first name:
// one character, whose lines and calls by the first name go together.
func TestTitledSurnameMerge(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "Miss Harrow is Nell Harrow",
			reason: `Nell is the only Harrow woman with a first name, so "Miss Harrow" is she; called "Nell", she answers`,
			text: `Nell Harrow had come down to the boathouse before breakfast, and her cousin Edmund Vane found her there among the oars.

"You are up early," said Edmund.

"Somebody has to bail the boat," said Miss Harrow.

"Then let me help you, Nell."

"Take the other bucket, then."`,
			want: []attributed{
				{"You are up early,", "Edmund Vane", "cue-adjacent"},
				{"Somebody has to bail the boat,", "Nell Harrow", "cue-adjacent"},
				{"Then let me help you, Nell.", "Edmund Vane", "conversation"},
				{"Take the other bucket, then.", "Nell Harrow", "conversation"},
			},
		},
		{
			name:   "Mr. Quill is Amos Quill",
			reason: `Amos is the only Quill man with a first name, so "Mr. Quill" is he`,
			text: `Amos Quill kept the toll-gate on the north road, and Lettice Marsh brought him his supper every evening.

"The carter has not paid," said Mr. Quill.

"He never does," said Lettice.`,
			want: []attributed{
				{"The carter has not paid,", "Amos Quill", "cue-adjacent"},
				{"He never does,", "Lettice Marsh", "cue-adjacent"},
			},
		},
		{
			name:   "Madame Bassi is Clara Bassi",
			reason: `a foreign title stands for the one Bassi woman with a first name, as "Miss" does`,
			text: `Clara Bassi taught the violin in a cold room above the bakery, and young Tobias Penhale climbed the stairs to it every Thursday.

"Your bow arm is asleep again," said Madame Bassi.

"It is the cold," said Tobias.`,
			want: []attributed{
				{"Your bow arm is asleep again,", "Clara Bassi", "cue-adjacent"},
				{"It is the cold,", "Tobias Penhale", "cue-adjacent"},
			},
		},
		{
			name:   "a madame and a mademoiselle stay apart",
			reason: `a married and an unmarried title of one surname name two women, so neither joins Clara Bassi (each keeps the bare surname as its name)`,
			text: `Clara Bassi walked in the square after mass. A step behind her came Madame Bassi, and some way off, Mademoiselle Bassi.

"The fountain is dry," said Madame Bassi.

"It was dry last week," said Mademoiselle Bassi.`,
			want: []attributed{
				{"The fountain is dry,", "Bassi", "cue-adjacent"},
				{"It was dry last week,", "Bassi", "cue-adjacent"},
			},
		},
		{
			name:   "sisters stay apart",
			reason: `the narration speaks of Miss Harrow's sister: Nell may be either, so "Miss Harrow" keeps her own name`,
			text: `Miss Harrow and her sister walked to the village on Sundays, and Nell Harrow always carried the basket.

"It will rain," said Miss Harrow.

"Not before noon," said Nell Harrow.`,
			want: []attributed{
				{"It will rain,", "Miss Harrow", "cue-adjacent"},
				{"Not before noon,", "Nell Harrow", "cue-adjacent"},
			},
		},
		{
			name:   "a wife stays apart from the daughter",
			reason: `"Mrs. Harrow" is a married woman, not the one Harrow woman with a first name`,
			text: `Nell Harrow sat with her mother in the kitchen garden.

"The beans want water," said Mrs. Harrow.

"I shall fetch the can," said Nell.`,
			want: []attributed{
				{"The beans want water,", "Mrs. Harrow", "cue-adjacent"},
				{"I shall fetch the can,", "Nell Harrow", "cue-adjacent"},
			},
		},
	})
}
