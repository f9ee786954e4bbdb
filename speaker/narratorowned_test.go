package speaker_test

import "testing"

// TestNarratorOwnedDescription covers the descriptions a first-person
// narrator owns ("my companion", "our hostess"): they stand for the
// character beside the narrator in the scene, not the person named last.
func TestNarratorOwnedDescription(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "my companion goes on after a narration paragraph",
			reason: `Felix spoke last and the narration between names only a mare; "my companion" is Felix going on, not Agnes named before`,
			text: `Agnes Wray had stayed behind at the inn, and so it was Felix Arden who sat beside me on the box of the gig while I drove.

"Bear left at the mill," said Felix. "The lane is shorter than the turnpike."

We splashed through the ford, and the mare, whom the ostler called Juniper, shook the water from her mane.

"Now the church," said my companion. "Then the long hill, and we are there."`,
			want: []attributed{
				{"Bear left at the mill,", "Felix Arden", "cue-adjacent"},
				{"The lane is shorter than the turnpike.", "Felix Arden", "split-quote"},
				{"Now the church,", "Felix Arden", "cue-adjacent"},
				{"Then the long hill, and we are there.", "Felix Arden", "split-quote"},
			},
		},
		{
			name:   "our hostess is the one the narration names before the line",
			reason: `the narration of the paragraph puts Mrs. Quill on stage; "our hostess" is she, not Barnaby who spoke last`,
			text: `Barnaby Stroud and I arrived at the farmhouse wet through.

"We must look like drowned rats," said Barnaby.

Mrs. Quill set a kettle on the range. "Sit down by the fire, both of you," said our hostess.`,
			want: []attributed{
				{"We must look like drowned rats,", "Barnaby Stroud", "cue-adjacent"},
				{"Sit down by the fire, both of you,", "Mrs. Quill", "cue-adjacent"},
			},
		},
		{
			name:   "my friend answers the narrator",
			reason: `the narrator and Hugo are the two in the talk; "my friend" answering the narrator's line is Hugo, not the ferryman named since`,
			text: `Hugo Lamb and I waited on the jetty until the ferryman, old Ezra Pike, had gone to fetch his oars.

"Will he take us across tonight?" said Hugo.

"I hope so," I said. "Ezra owes me a favour."

"Then you had better remind him," said my friend.`,
			want: []attributed{
				{"Will he take us across tonight?", "Hugo Lamb", "cue-adjacent"},
				{"I hope so,", "Narrator", "cue-adjacent"},
				{"Ezra owes me a favour.", "Narrator", "split-quote"},
				{"Then you had better remind him,", "Hugo Lamb", "cue-adjacent"},
			},
		},
		{
			name:   "someone else steps in before my companion speaks",
			reason: `Rosa opens the narration after Felix spoke; "my companion" is not taken for Felix going on (here Rosa, the one named last)`,
			text: `Felix Arden and Rosa Venn walked with me along the towpath.

"The barges are late," said Felix.

Rosa stooped and picked a sprig of mint from the bank.

"They always are on a Sunday," said my companion.`,
			want: []attributed{
				{"The barges are late,", "Felix Arden", "cue-adjacent"},
				{"They always are on a Sunday,", "Rosa Venn", "cue-adjacent"},
			},
		},
		{
			name:   "my friend is still the friend it was",
			reason: `"my friend" was Hugo two lines before; the gardener who comes forward in between is not the narrator's friend`,
			text: `Hugo Lamb had walked over from the rectory, and we sat on the terrace of my cottage while the sun went down.

"I saw a kingfisher on the way," said Hugo.

"Where?" I asked.

"Below the weir," said my friend.

Presently my gardener, Ezra Pike, came up the path with a basket of pears and set it on the table.

"The wasps will find those," said my friend.`,
			want: []attributed{
				{"I saw a kingfisher on the way,", "Hugo Lamb", "cue-adjacent"},
				{"Where?", "Narrator", "cue-adjacent"},
				{"Below the weir,", "Hugo Lamb", "cue-adjacent"},
				{"The wasps will find those,", "Hugo Lamb", "cue-adjacent"},
			},
		},
		{
			name:   "my friend is not the woman who has gone in",
			reason: `Mrs. Dunn spoke last, but the narration between puts Hugo beside the narrator; "my friend" is not Mrs. Dunn going on`,
			text: `Hugo Lamb and I called at the lodge to ask after the tenant.

"He left in March," said Mrs. Dunn, who kept the lodge. "Nobody has slept here since."

Mrs. Dunn shut the door on us, and I walked back to the gate with Hugo.

"So much for your theory," said my friend.`,
			want: []attributed{
				{"He left in March,", "Mrs. Dunn", "cue-adjacent"},
				{"Nobody has slept here since.", "Mrs. Dunn", "split-quote"},
				{"So much for your theory,", "Hugo Lamb", "cue-adjacent"},
			},
		},
	})
}
