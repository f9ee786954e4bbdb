package speaker_test

import "testing"

// TestReturnedCue checks that "returned" introduces speech the way
// "replied" does, in both orders, in a scene where turn-taking alone would
// give the line to someone else.
func TestReturnedCue(t *testing.T) {
	runFictionCases(t, []fictionCase{{
		name:   "inverted",
		reason: `"returned Nell" after the question names the one who answers, not the other sitter`,
		text: `Ada and Bert sat by the stove while Nell brought in the kettle.

"Is it raining still?" asked Ada.

"Harder than ever," returned Nell.`,
		want: []attributed{
			{"Is it raining still?", "Ada", "cue-adjacent"},
			{"Harder than ever,", "Nell", "cue-adjacent"},
		},
	}, {
		name:   "pronoun",
		reason: `"she returned" after the line gives it to the woman of the pair`,
		text: `Oskar Lind waited at the gate until Greta Holm came out with the lantern.

"You are late," he said.

"The mare threw a shoe," she returned.`,
		want: []attributed{
			{"You are late,", "Oskar Lind", "cue-adjacent"},
			{"The mare threw a shoe,", "Greta Holm", "cue-adjacent"},
		},
	}})
}
