package speaker_test

import "testing"

// TestSentenceOpeningVocative checks a name called at the head of a later
// sentence of a line ("… by now. Kit, where did you …"): the one called
// answers next, not the one who spoke before.
func TestSentenceOpeningVocative(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a question to a named boy after another sentence",
			text: `Kit Farrant sat on the step, mending a net, while his aunt searched the shed. A carter named Ned Cole waited in the lane with his horse.

"Have you found it yet?" Ned called over the gate.

"I have no idea where it went," said Hester Farrant. "It could be anywhere by now. Kit, where did you leave the lantern?"

"Leave what?" the boy asked.

"The lantern," Hester said.`,
			want: []attributed{
				{"Have you found it yet?", "Ned Cole", "cue-adjacent"},
				{"I have no idea where it went,", "Hester Farrant", "cue-adjacent"},
				{"It could be anywhere by now. Kit, where did you leave the lantern?", "Hester Farrant", "split-quote"},
				{"Leave what?", "Kit Farrant", "cue-adjacent"},
				{"The lantern,", "Hester Farrant", "cue-adjacent"},
			},
			reason: `"Kit, where …" calls the boy, so "the boy" who answers is Kit, not the carter who spoke before Hester`,
		},
	})
}
