package speaker_test

import "testing"

// TestNarratorAnsweredCall checks that a name called once gives the
// first-person narrator that name when the narrator answers the call with
// "I said", and only then.
func TestNarratorAnsweredCall(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "answered by I",
			reason: "the landlady calls the narrator Pell and the narrator answers in the next line, so the narrator is Pell",
			text: `The kitchen was warm and smelled of yeast. Old Marrow stood at the range with a ladle.

"Pell, sit down before you fall down," she said.

"I am not tired," I said, though my legs were shaking.

I ate without another word. The clock ticked over the mantel.

"Will the carrier come tomorrow?" I asked.`,
			want: []attributed{
				{"Pell, sit down before you fall down,", "Old Marrow", "cue-adjacent"},
				{"I am not tired,", "Pell", "cue-adjacent"},
				{"Will the carrier come tomorrow?", "Pell", "cue-adjacent"},
			},
		},
		{
			name:   "thought, not an answer",
			reason: "a thought after a call is no answer to it: one call alone does not name the narrator",
			text: `The kitchen was warm and smelled of yeast. Old Marrow stood at the range with a ladle.

"Pell, sit down before you fall down," she said.

"I will not sit," thought I, though my legs were shaking.`,
			want: []attributed{
				{"Pell, sit down before you fall down,", "Old Marrow", "cue-adjacent"},
				{"I will not sit,", "Narrator", "cue-adjacent"},
			},
		},
		{
			name:   "call to someone in the scene",
			reason: "the one called is in the narration, so the call is to him and the narrator's answer does not take his name",
			text: `Quill the stable boy was asleep on the straw when Mrs Abney came in with the lamp.

"Quill, saddle the grey," she said.

"The grey is lame," I said.`,
			want: []attributed{
				{"Quill, saddle the grey,", "Mrs Abney", "cue-adjacent"},
				{"The grey is lame,", "Narrator", "cue-adjacent"},
			},
		},
	})
}
