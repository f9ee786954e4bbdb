package speaker_test

import "testing"

// TestTradeNouns checks that a description naming a trade or a rank of
// the kind novels use ("said the sexton", "the signalman told us") is a
// speaker, and that the pronoun after it finds that person.
func TestTradeNouns(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "churchyard",
			reason: "a sexton is a person: the inverted cue names the speaker",
			text: `The bell had stopped before we came to the churchyard.

"You are late for the burial," said the sexton.`,
			want: []attributed{{"You are late for the burial,", "the sexton", "cue-adjacent"}},
		},
		{
			name:   "railway",
			reason: "a signalman and a stoker are people, each the subject of his own cue",
			text: `At the junction the wires hummed in the cold.

"Two freights are due before midnight," the signalman told us.

"Keep the fire banked," said the stoker.`,
			want: []attributed{
				{"Two freights are due before midnight,", "the signalman", "cue-adjacent"},
				{"Keep the fire banked,", "the stoker", "cue-adjacent"},
			},
		},
		{
			name:   "pronoun after the description",
			reason: "a harbourmaster is a person, so the pronoun in the cue resolves to him",
			text:   `The harbourmaster frowned at the ledger. "No vessel leaves on this tide," he said.`,
			want:   []attributed{{"No vessel leaves on this tide,", "the harbourmaster", "cue-adjacent"}},
		},
		{
			name:   "plural",
			reason: "the plural of a trade noun is a group of people",
			text: `The quay was crowded at noon.

"The tide waits for nobody," called the stevedores.`,
			want: []attributed{{"The tide waits for nobody,", "the stevedores", "cue-adjacent"}},
		},
	})
}
