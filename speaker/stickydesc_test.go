package speaker_test

import "testing"

// TestStickyDescription covers a definite description ("the young man")
// that the story has already used twice for one named character: it
// means him again, not the man named last.
func TestStickyDescription(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the young man stays Tom",
			reason: `"the young man" meant Tom twice; the servant named since is someone else`,
			text: `Tom Ashdown came into the parlour, where Mrs. Penrose and her niece Clara sat by the fire.

"Good evening," said the young man.

"You are late," said Mrs. Penrose.

"The roads were bad," said the young man.

Clara rose and rang the bell, and old Barnaby shuffled in with a scuttle.

"We shall want more coal, Aunt," said Clara.

"Then ring again, my dear," said Mrs. Penrose.

"It is warm enough in here," said the young man.`,
			want: []attributed{
				{"Good evening,", "Tom Ashdown", "cue-adjacent"},
				{"You are late,", "Mrs. Penrose", "cue-adjacent"},
				{"The roads were bad,", "Tom Ashdown", "cue-adjacent"},
				{"We shall want more coal, Aunt,", "Clara", "cue-adjacent"},
				{"Then ring again, my dear,", "Mrs. Penrose", "cue-adjacent"},
				{"It is warm enough in here,", "Tom Ashdown", "cue-adjacent"},
			},
		},
		{
			name:   "the young man is not the man whose turn it is",
			reason: `"the young man" meant Tom twice; the turn-taking expects Mr. Penrose, who is someone else`,
			text: `Mr. Penrose and his wife sat by the fire when Tom Ashdown came into the parlour.

"Good evening," said the young man.

"You are late," said Mrs. Penrose.

"The roads were bad," said the young man.

"Were they, indeed?" said Mr. Penrose.

"Do not tease him, dear," said Mrs. Penrose.

"I deserved it," said the young man.`,
			want: []attributed{
				{"Good evening,", "Tom Ashdown", "cue-adjacent"},
				{"You are late,", "Mrs. Penrose", "cue-adjacent"},
				{"The roads were bad,", "Tom Ashdown", "cue-adjacent"},
				{"Were they, indeed?", "Mr. Penrose", "cue-adjacent"},
				{"Do not tease him, dear,", "Mrs. Penrose", "cue-adjacent"},
				{"I deserved it,", "Tom Ashdown", "cue-adjacent"},
			},
		},
	})
}
