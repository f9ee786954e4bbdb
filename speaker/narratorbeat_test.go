package speaker_test

import "testing"

// TestNarratorReacts covers a first-person narrator who answers a line of
// speech with a gesture in a paragraph of its own: the other participant
// goes on talking.
func TestNarratorReacts(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the narrator shrugs and the engineer goes on",
			text: `The boiler room was hot and smelled of oil when I came down the ladder.

"You see the gauge?" said Mr. Fenwick Dale, tapping the glass. "It has been creeping up all night."

"Is that dangerous?" I asked.

"Not yet. But the valve sticks, and nobody on this ship will listen to me."

I shrugged, since I knew nothing at all of valves.

"Mark my words, it will give before we reach port. Then they will listen."`,
			want: []attributed{
				{"You see the gauge?", "Fenwick Dale", "cue-adjacent"},
				{"It has been creeping up all night.", "Fenwick Dale", "split-quote"},
				{"Is that dangerous?", "Narrator", "cue-adjacent"},
				{"Not yet. But the valve sticks, and nobody on this ship will listen to me.", "Fenwick Dale", "conversation"},
				{"Mark my words, it will give before we reach port. Then they will listen.", "Fenwick Dale", "conversation"},
			},
			reason: `"I shrugged" answers without words: the next line is the engineer's, not the narrator's`,
		},
	})
}
