package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestFalseNames checks capitalised words that name no one: they must
// never become the speaker of a line.
func TestFalseNames(t *testing.T) {
	tests := []struct {
		reason string
		text   string
		want   []attributed
	}{
		{
			reason: "a sentence's first word before \"to\" or \"after\" opens it as a common word does, and names no one",
			text:   `Truth to tell, the inn was empty. "Bring the lamp," came a voice.`,
			want:   []attributed{{"Bring the lamp,", "", "none"}},
		},
		{
			reason: "a capitalised adjective after a demonstrative modifies a noun and names no one",
			text: `The gate was opened by a porter in a grey coat. There was something odd about this Eastern figure in the lane.

"The master will see you," said he.`,
			want: []attributed{{"The master will see you,", "a porter", "cue-adjacent"}},
		},
		{
			reason: "the first of capitalised adjectives joined by and after an article names no one",
			text: `A sailor stood at the rail, a Bold and Hardy fellow.

"We wait here," said he.`,
			want: []attributed{{"We wait here,", "a sailor", "cue-adjacent"}},
		},
		{
			reason: "capitalised words after the \"and\" of a modifier row that the text writes in lower case are no part of the name after them",
			text: `Tobias thought what a Bold and Hardy Badger Fennick was. No other badger was so hardy.

"You did all this?" asked Tobias.

"All of it," said Fennick.`,
			want: []attributed{
				{"You did all this?", "Tobias", "cue-adjacent"},
				{"All of it,", "Fennick", "cue-adjacent"},
			},
		},
		{
			reason: "a run ending in a street word names a place, never a speaker",
			text: `We drove at last into Tallow Street. The rain had stopped.

"You are late," she said.`,
			want: []attributed{{"You are late,", "", "none"}},
		},
		{
			reason: "a street word alone, left by a name cut at a lost apostrophe, names a place",
			text: `Where the lane turns into Knight s Place, the dog stopped.

"You are late," she said.`,
			want: []attributed{{"You are late,", "", "none"}},
		},
		{
			reason: "modifiers parted by a comma belong to one description",
			text: `The door opened and a stout, red-faced woman came out with a broom.

"Off my step," she cried.`,
			want: []attributed{{"Off my step,", "a stout, red-faced woman", "cue-adjacent"}},
		},
	}
	for _, tc := range tests {
		got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
		}
	}
}

// TestVocativeStopName checks that a word of the stop-name list which the
// text uses as a name ("said Humph") counts in a vocative, so that the
// call finds its character and not another one who shares the other word.
func TestVocativeStopName(t *testing.T) {
	text := `Humph Badger lived by the river. On the mill hung a board that read Stout Badger in red paint.

"Good evening," said Humph.

"Good evening, Humph Badger," said Tobias gloomily.

"Why, what is the matter?"

"Nothing at all."`
	want := []attributed{
		{"Good evening,", "Humph Badger", "cue-adjacent"},
		{"Good evening, Humph Badger,", "Tobias", "cue-adjacent"},
		{"Why, what is the matter?", "Humph Badger", "conversation"},
		{"Nothing at all.", "Tobias", "conversation"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the call by a name made of a stop word finds its character (-want +got):\n%s", diff)
	}
}

// TestVocativeMostNamed checks that in fiction a call by a surname ("Mr.
// Pike") finds the character of that name the text names most, not the
// one it named last in passing.
func TestVocativeMostNamed(t *testing.T) {
	text := `Walter Pike met us at the gate. Walter Pike was a small, bald man who smiled a great deal.

"Come in, come in," said Walter Pike. "You are welcome."

We followed him into a warm room. Walter Pike had a twin, Edwin Pike, who lived by the river.

"You will excuse me, Mr. Pike," said Clara Dunn, "but it is very late."

"It will not take long," he answered.`
	want := []attributed{
		{"Come in, come in,", "Walter Pike", "cue-adjacent"},
		{"You are welcome.", "Walter Pike", "split-quote"},
		{"You will excuse me, Mr. Pike,", "Clara Dunn", "cue-adjacent"},
		{"but it is very late.", "Clara Dunn", "cue-adjacent"},
		{"It will not take long,", "Walter Pike", "cue-adjacent"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the call by a surname finds the character named most (-want +got):\n%s", diff)
	}
}
