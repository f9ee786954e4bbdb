package speaker_test

import "testing"

// TestGenericSaying covers "as they say" after a quotation: a turn of
// speech that quotes nobody, so the line keeps the speaker of its
// paragraph.
func TestGenericSaying(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "as they say names no speaker",
			reason: `"they" of "as they say" said nothing here; Marta goes on speaking`,
			text:   `"Well, that was a fine race!" Marta Quist said to her uncle as they left the stands. "I never saw a horse run like that!" The whole afternoon had, as they say, gone straight to her head.`,
			want: []attributed{
				{"Well, that was a fine race!", "Marta Quist", "cue-adjacent"},
				{"I never saw a horse run like that!", "Marta Quist", "split-quote"},
			},
		},
	})
}
