package speaker_test

import "testing"

// TestOwnedDescriptionSalience covers a narrator-owned description in the
// narration ("my companion had gone out"): it keeps the one it tagged before in
// view, so the "he" that follows is that person, not the man named last.
func TestOwnedDescriptionSalience(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "my companion in the narration is the one it tagged before",
			reason: `"my companion" tagged Oswin's reply; next morning "my companion had already gone out. He came back" keeps Oswin in view, so "he answered" is Oswin, not the carrier named since`,
			text: `Oswin Hale met me at the station, and we walked up the hill together.

"You look tired," I said.

"I slept badly," replied my companion. "The inn was noisy."

That evening a carrier called Jacob Pruett brought our trunks up from the valley and grumbled about the weight.

When I came down the next morning, my companion had already gone out. He came back at noon with mud to his knees.

"Where have you been?" I asked.

"Walking," he answered. "The fields are flooded past the weir."`,
			want: []attributed{
				{"You look tired,", "Narrator", "cue-adjacent"},
				{"I slept badly,", "Oswin Hale", "cue-adjacent"},
				{"The inn was noisy.", "Oswin Hale", "split-quote"},
				{"Where have you been?", "Narrator", "cue-adjacent"},
				{"Walking,", "Oswin Hale", "cue-adjacent"},
				{"The fields are flooded past the weir.", "Oswin Hale", "split-quote"},
			},
		},
	})
}
