package speaker_test

import "testing"

// TestNarratorCalledIn covers a first-person narrator whom the others call
// by a name the narration never uses: called in for one answer, the
// narrator replies, and the two who were talking go on.
func TestNarratorCalledIn(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the surveyor asks the narrator, then the farmer and the surveyor go on",
			text: `We walked the boundary with the farmer all morning, and by noon I was footsore and silent.

"Where does the farm end?" I asked.

"The hedge is yours as far as the oak," said Mr. Brack, the surveyor.

"And the ditch beyond it?" said Farmer Tull.

"That belongs to the parish. You saw the old map yourself, Hollis?"

"I saw it in the vestry last spring."

"Then the parish must clear it," said Tull.

"Every autumn, by the old custom."

"And who is to make them?"

"The churchwardens, as before."`,
			want: []attributed{
				{"Where does the farm end?", "Narrator", "cue-adjacent"},
				{"The hedge is yours as far as the oak,", "Mr. Brack", "cue-adjacent"},
				{"And the ditch beyond it?", "Farmer Tull", "cue-adjacent"},
				{"That belongs to the parish. You saw the old map yourself, Hollis?", "Mr. Brack", "conversation"},
				{"I saw it in the vestry last spring.", "Narrator", "conversation"},
				{"Then the parish must clear it,", "Farmer Tull", "cue-adjacent"},
				{"Every autumn, by the old custom.", "Mr. Brack", "conversation"},
				{"And who is to make them?", "Farmer Tull", "conversation"},
				{"The churchwardens, as before.", "Mr. Brack", "conversation"},
			},
			reason: `"Hollis" names no character of the story told by "I": the narrator answers; then the farmer and the surveyor go on talking`,
		},
	})
}
