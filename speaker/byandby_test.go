package speaker_test

import "testing"

// TestIdiomPreposition covers a name after an adverbial idiom that ends
// in a preposition ("By and by Nat woke"): it is the subject of its
// sentence, and the "he" that follows is that person.
func TestIdiomPreposition(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "by and by opens the sentence, the name is its subject",
			reason: `"By and by Nat woke" makes Nat the subject; "he muttered" is Nat, not the miller the narration followed until then`,
			text: `Gideon Bell worked late at the mill. He stacked the sacks, and he swept the floor twice, and he whistled as he worked. At midnight he sat down on a sack to rest.

By and by Nat woke in the loft above him. Rubbing his eyes, he muttered, "Supper."`,
			want: []attributed{
				{"Supper.", "Nat", "cue-adjacent"},
			},
		},
	})
}
