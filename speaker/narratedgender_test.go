package speaker_test

import "testing"

// TestNarratedOfGender checks a "she" cue after a paragraph of narration
// that follows one woman through it, with a man in it too: she is the
// woman the paragraph follows, not the girl the talk before would give
// the next turn to.
func TestNarratedOfGender(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the woman the paragraph follows speaks, not the one turn-taking expects",
			text: `Ottilie Brandt scrubbed the long counter of the inn. Agnes, the kitchen girl, sat peeling onions by the stove.

"The onions are done," said Agnes.

"Then start on the carrots, Agnes," said Ottilie. "The carter will want his soup at noon."

The taproom was cold, and the fire had sunk to a red glow. She carried the pot through and found the carter already at his bench. He kept his cap pulled low and his eyes on the window. She set a bowl before him with a thump. "You will want bread with that," she said.`,
			want: []attributed{
				{"The onions are done,", "Agnes", "cue-adjacent"},
				{"Then start on the carrots, Agnes,", "Ottilie Brandt", "cue-adjacent"},
				{"The carter will want his soup at noon.", "Ottilie Brandt", "split-quote"},
				{"You will want bread with that,", "Ottilie Brandt", "cue-adjacent"},
			},
			reason: `the paragraph follows one woman ("She … He … She"): the girl whose turn it would be never left the kitchen`,
		},
	})
}
