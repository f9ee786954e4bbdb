package speaker_test

import "testing"

// TestReplyCallNamesTaggedLine covers a line tagged only by "he said"
// whose answer, in the next paragraph, calls its speaker by name, wherever
// in the answer the name stands: the pronoun is the man called, not the
// man the narration has been following.
func TestReplyCallNamesTaggedLine(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the boy answered by name is the one who said it",
			text: `Captain Orme rode into the village at noon with a lame horse. Orme tied the animal at the forge and shouted for the smith, and a crowd of ragged children gathered round him to stare.

One of their number, taller than the rest, pushed forward with his cap in his hand.

"The smith's gone to the fair, sir," said he, "but I can hold the horse for a penny."

"Can you, now?" said Captain Orme. "Then hold him well, Tobias, and the penny is yours."`,
			want: []attributed{
				{"The smith's gone to the fair, sir,", "Tobias", "reply-call"},
				{"but I can hold the horse for a penny.", "Tobias", "reply-call"},
				{"Can you, now?", "Orme", "cue-adjacent"},
				{"Then hold him well, Tobias, and the penny is yours.", "Orme", "split-quote"},
			},
			reason: `the answer calls Tobias: the boy who spoke before it, not the captain the narration followed`,
		},
		{
			name: "a thought gets no answer",
			text: `Captain Orme walked his lame horse into the village at noon.

"The smith had better be sober today," he thought.

"Good day, Tobias," said Captain Orme to the man at the forge.`,
			want: []attributed{
				{"The smith had better be sober today,", "Orme", "cue-adjacent"},
				{"Good day, Tobias,", "Orme", "cue-adjacent"},
			},
			reason: `a line kept to oneself is answered by nobody, so the name called next is not its speaker`,
		},
	})
}
