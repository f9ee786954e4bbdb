package speaker_test

import "testing"

// TestWifeOfUnknownName checks "Mrs." before a full name the text first
// wrote bare, when the lexicon does not know the given name: she stays
// apart from the bare name until the pronouns tell whether it is a man's
// (his wife) or a woman's (herself).
func TestWifeOfUnknownName(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the bare name is a man's: his wife stays apart",
			text: `Thorold Quint kept the ferry at the narrows. He had kept it for thirty years, and the river had never once beaten him. Mrs. Thorold Quint kept the books and the ferryman both.

"The water is rising," she said.

Thorold looked at the sky and spat.

"It will fall again by dark," he said.`,
			want: []attributed{
				{"The water is rising,", "Mrs. Thorold Quint", "cue-adjacent"},
				{"It will fall again by dark,", "Thorold Quint", "cue-adjacent"},
			},
			reason: `"Mrs. Thorold Quint" is the ferryman's wife: joined to him she made him a woman and sent his "he" to someone else`,
		},
		{
			name: "the bare name is a woman's: the title is her own",
			text: `Perpetua Voss owned the hat shop on the corner. She had opened it the year the railway came. Perpetua Voss was not one to close early, and she still dressed the window herself every Monday. Mrs. Perpetua Voss, the painted sign said, Milliner.

"Feathers are finished," she said to the girl.

The girl said nothing.`,
			want: []attributed{
				{"Feathers are finished,", "Perpetua Voss", "cue-adjacent"},
			},
			reason: `the pronouns make Perpetua Voss a woman, so the "Mrs." on her sign is hers and joins her again`,
		},
	})
}
