package speaker_test

import "testing"

// TestTellOnPastStrayClose checks that a story told over many paragraphs
// keeps its teller past a paragraph whose marks close too early: the next
// paragraph, all one quotation that no rule gives anyone, is still the
// teller's.
func TestTellOnPastStrayClose(t *testing.T) {
	const text = `The lamp burned low while the old shepherd filled his pipe and looked into the fire.

"That winter the snow came early," he began, "and the flock was still up on the high pasture.

"I climbed for two days with the dogs. On the second night the wind tore the roof off the hut.

" Hold the door,  I called to the boy.

"He held it until dawn, and by then the pass was shut, so we waited and counted what was left.

"Next morning the boy found the lame ram under the rocks."

"In the spring we walked down together, forty ewes and the ram, and the village rang the bell for us."`
	runFictionCases(t, []fictionCase{{
		name:   "stray closing mark",
		reason: "the paragraph that reopens after the lost inner marks closes its mark too early, yet the paragraph after it, all one quotation that no rule gives anyone, goes on with the shepherd's story",
		text:   text,
		want: []attributed{
			{"That winter the snow came early,", "the old shepherd", "cue-adjacent"},
			{"and the flock was still up on the high pasture.\n\n\"I climbed for two days with the dogs. On the second night the wind tore the roof off the hut.\n\n\" Hold the door,", "the old shepherd", "cue-adjacent"},
			{"He held it until dawn, and by then the pass was shut, so we waited and counted what was left.\n\n\"Next morning the boy found the lame ram under the rocks.", "the old shepherd", "teller"},
			{"In the spring we walked down together, forty ewes and the ram, and the village rang the bell for us.", "the old shepherd", "teller"},
		},
	}})
}
