package speaker_test

import "testing"

// TestStoryTeller checks that the lines of a story told over many
// paragraphs stay with the teller when the text lost its inner single
// marks (typed as spaces): the detector then breaks the run, and the
// paragraphs' double marks, each opening and none closing, still show
// whose story it is.
func TestStoryTeller(t *testing.T) {
	const text = `Hanna and I sat by the stove, and the old ferryman leaned back against the wall and began.

"We left the harbour on a grey morning," said he, "with salt in the hold.

"On the third night the wind rose. I went below to wake the mate.

" Get up, the sails are going,  I told him.

" Let them go,  he answered, and turned to the wall. I stood there a while and then climbed back on deck.

"Next morning Captain Dorn was pacing the deck alone, so I went up to him.

" The mate will not work, sir,  said I.

" Then he will not eat,  said the captain, and walked away. That was the last word he gave me.

"After that we drifted for nine days, until a fishing boat found us off the point."

Hanna set down her cup. "And the cook?"`
	runFictionCases(t, []fictionCase{{
		name:   "lost inner marks",
		reason: "every paragraph from the teller's cue on reopens a double mark and leaves it open, so the narration paragraph that starts a new quotation after inner lines is still the ferryman's",
		text:   text,
		want: []attributed{
			{"We left the harbour on a grey morning,", "the old ferryman", "cue-adjacent"},
			{"with salt in the hold.\n\n\"On the third night the wind rose. I went below to wake the mate.\n\n\" Get up, the sails are going,", "the old ferryman", "cue-adjacent"},
			{"Next morning Captain Dorn was pacing the deck alone, so I went up to him.\n\n\" The mate will not work, sir,", "the old ferryman", "teller"},
			{"After that we drifted for nine days, until a fishing boat found us off the point.", "the old ferryman", "action-beat"},
			{"And the cook?", "Hanna", "action-beat"},
		},
	}})
}
