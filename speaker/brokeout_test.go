package speaker_test

import "testing"

// TestBrokeOutCue checks that "broke out" introduces speech the way
// "exclaimed" does, also after an earlier clause with another cue verb.
func TestBrokeOutCue(t *testing.T) {
	runFictionCases(t, []fictionCase{{
		name:   "after a clause with another cue",
		reason: `"she broke out" is the cue of the line; "pointing out" the comet in the clause before it is what he was doing`,
		text: `The astronomer and his niece climbed to the dome after supper, and Orrin Gale set the telescope on the north sky.

"There it is, just under the Bear," said Orrin. "Do you see the tail?"

"I see a smudge," said Hester.

While he was pointing out the comet's faint tail to her, she broke out suddenly, "You never told me you were leaving for the Cape!"

"I sail on Friday."`,
		want: []attributed{
			{"There it is, just under the Bear,", "Orrin Gale", "cue-adjacent"},
			{"Do you see the tail?", "Orrin Gale", "split-quote"},
			{"I see a smudge,", "Hester", "cue-adjacent"},
			{"You never told me you were leaving for the Cape!", "Hester", "cue-adjacent"},
			{"I sail on Friday.", "Orrin Gale", "conversation"},
		},
	}, {
		name:   "inverted",
		reason: `"broke out Tamsin" after the line names the one who cried out`,
		text: `The two brothers were still arguing over the boundary stone when their sister came up the lane.

"Enough of your stones!" broke out Tamsin.`,
		want: []attributed{
			{"Enough of your stones!", "Tamsin", "cue-adjacent"},
		},
	}})
}
