package speaker_test

import "testing"

// TestPronounBeforeName covers a "he" cue after a sentence in which a
// "he" comes before another man's name: the name is not who the first
// "he" means, and the speaker is the man the sentence is about.
func TestPronounBeforeName(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the man who thanks, not the man thanked",
			reason: `"He" stands before Bertram, so Bertram is someone else; the cue's "he" goes on with Oswin`,
			text:   `At last Oswin Tarrant pushed back his stool. He thanked Bertram for the supper and reached for his cloak. "The roads will be glass by midnight," he said.`,
			want: []attributed{
				{"The roads will be glass by midnight,", "Oswin Tarrant", "cue-adjacent"},
			},
		},
		{
			name:   "a name that opens a clause is its subject",
			reason: `after "While he read," Bertram is the subject, and the cue's "he" is Bertram`,
			text:   `Oswin Tarrant sat reading by the lamp. While he read, Bertram paced the room. "The roads will be glass by midnight," he said.`,
			want: []attributed{
				{"The roads will be glass by midnight,", "Bertram", "cue-adjacent"},
			},
		},
	})
}
