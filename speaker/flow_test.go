package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestConversationFlow covers cue-less lines whose speaker the narration
// around them shows rather than the turn-taking.
func TestConversationFlow(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "beat leading into the line",
			text: `"Is the carriage ready?" asked Mrs. Ainsley.

"It is at the door, madam," said Hobbs.

Everyone in the hall turned when Miss Royle came in with her cousin Arthur. She went straight to Mrs. Ainsley. "I am late, I know. The roads were dreadful."`,
			want: []attributed{
				{"Is the carriage ready?", "Mrs. Ainsley", "cue-adjacent"},
				{"It is at the door, madam,", "Hobbs", "cue-adjacent"},
				{"I am late, I know. The roads were dreadful.", "Miss Royle", "action-beat"},
			},
			reason: `the sentence that leads into the line has "she" (the newcomer) as subject; turn-taking would give it back to Mrs. Ainsley`,
		},
		{
			name: "beat of a participant",
			text: `"You will stay for supper?" said Mrs. Ainsley.

"Gladly," said Hobbs.

The clock struck seven, and Miss Royle and her cousin Arthur came in from the garden. Hobbs rose and bowed to them. "Good evening. The roses are very fine this year."`,
			want: []attributed{
				{"You will stay for supper?", "Mrs. Ainsley", "cue-adjacent"},
				{"Gladly,", "Hobbs", "cue-adjacent"},
				{"Good evening. The roses are very fine this year.", "Hobbs", "action-beat"},
			},
			reason: `the subject of the sentence before the line speaks it, though turn-taking expects Mrs. Ainsley`,
		},
		{
			name: "narration closing the paragraph before",
			text: `"Is the carriage ready?" asked Mrs. Ainsley.

"It is at the door, madam," said Hobbs, and he went out to see to the horses. Miss Royle closed her book.

"Then I shall come with you, aunt."`,
			want: []attributed{
				{"Is the carriage ready?", "Mrs. Ainsley", "cue-adjacent"},
				{"It is at the door, madam,", "Hobbs", "cue-adjacent"},
				{"Then I shall come with you, aunt.", "Miss Royle", "action-beat"},
			},
			reason: `the paragraph before ends with narration after its speech, and the one it leaves acting speaks next`,
		},
		{
			name: "line addressed to one who acted in the narration",
			text: `"The rain will never stop," said Nell.

"It will stop by supper," said Martha.

Kit jumped up from the rug and began to whistle.

"Don't, Kit. It's so rude!"

"That's why I do it."`,
			want: []attributed{
				{"The rain will never stop,", "Nell", "cue-adjacent"},
				{"It will stop by supper,", "Martha", "cue-adjacent"},
				{"Don't, Kit. It's so rude!", "Martha", "conversation"},
				{"That's why I do it.", "Kit", "conversation"},
			},
			reason: `the line names Kit, who only acted: the last speaker says it to Kit, and Kit answers`,
		},
		{
			name: "the one addressed answers an unknown voice",
			text: `Mr. Hobbs kept the lodge. The night was cold and the lane was dark. Somebody knocked at the gate.

"It is only me, Hobbs. Open the gate."

"You are late tonight, miss."`,
			want: []attributed{
				{"It is only me, Hobbs. Open the gate.", "", "none"},
				{"You are late tonight, miss.", "Mr. Hobbs", "conversation"},
			},
			reason: `nobody is named as the first speaker, but the line names Hobbs, who answers it`,
		},
		{
			name: "scene break, then the narrator listens",
			text: `"Only one chapter tonight," I said, and opened the book.

"Shall we walk to the mill?" said Nell.

"If you like," said Kit.

* * *

I closed the book. The fire was low, and the clock struck ten.

"And did they reach the mill?" asked Martha.

"Not that day."

"Why not?"`,
			want: []attributed{
				{"Only one chapter tonight,", "Narrator", "cue-adjacent"},
				{"Shall we walk to the mill?", "Nell", "cue-adjacent"},
				{"If you like,", "Kit", "cue-adjacent"},
				{"And did they reach the mill?", "Martha", "cue-adjacent"},
				{"Not that day.", "Narrator", "conversation"},
				{"Why not?", "Martha", "conversation"},
			},
			reason: `the row of stars ends the first conversation; in the new scene nobody but the one who says "I" is there to answer`,
		},
		{
			name: "narration after the line shows who spoke",
			text: `The library was empty, or so Mr. Ainsley thought. He sat down with his paper. The clock ticked on the mantel.

"Good evening, uncle!"

Kit Morrow was curled up in the window seat with a book.`,
			want: []attributed{
				{"Good evening, uncle!", "Kit Morrow", "action-beat"},
			},
			reason: `nothing before the line tells who speaks; the narration right after it shows the speaker`,
		},
		{
			name: "the last one addressed answers",
			text: `Mrs. Ainsley sat by the window with her knitting.

"Good morning," said Clara.

"Good morning," said Tom.

"Sit down, Tom. Will you have some tea, Mrs. Ainsley?"

"Thank you, no."`,
			want: []attributed{
				{"Good morning,", "Clara", "cue-adjacent"},
				{"Good morning,", "Tom", "cue-adjacent"},
				{"Sit down, Tom. Will you have some tea, Mrs. Ainsley?", "Clara", "conversation"},
				{"Thank you, no.", "Mrs. Ainsley", "conversation"},
			},
			reason: `the line names two people; the one it turns to last is the one who answers`,
		},
		{
			name: "narration about the pair keeps the turn",
			text: `"You are late," said Clara.

"The roads were bad," said Tom.

He took off his coat, and Clara poured him a cup of tea. The fire was warm.

"Were you caught in the rain?"

"Only a little."`,
			want: []attributed{
				{"You are late,", "Clara", "cue-adjacent"},
				{"The roads were bad,", "Tom", "cue-adjacent"},
				{"Were you caught in the rain?", "Clara", "conversation"},
				{"Only a little.", "Tom", "conversation"},
			},
			reason: `a paragraph that shows only the two who are talking does not end their conversation`,
		},
		{
			name: "closing narration with a verb that can also introduce speech",
			text: `"Is the carriage ready?" asked Mrs. Ainsley.

"It is at the door, madam," said Hobbs, and he went out to see to the horses. Miss Royle put down her book.

"Then I shall come with you, aunt."`,
			want: []attributed{
				{"Is the carriage ready?", "Mrs. Ainsley", "cue-adjacent"},
				{"It is at the door, madam,", "Hobbs", "cue-adjacent"},
				{"Then I shall come with you, aunt.", "Miss Royle", "action-beat"},
			},
			reason: `"put" may introduce speech, but far from any quotation it is only what Miss Royle does`,
		},
		{
			name: "the pair goes on after a stretch of narration",
			text: `"You are late," said Clara.

"The roads were bad," said Tom.

The rain had stopped. The fire smoked in the grate. A cart went by in the lane. The clock struck nine.

"Were you caught in the rain?"`,
			want: []attributed{
				{"You are late,", "Clara", "cue-adjacent"},
				{"The roads were bad,", "Tom", "cue-adjacent"},
				{"Were you caught in the rain?", "Clara", "conversation"},
			},
			reason: `narration that brings in nobody does not end the conversation: it is Clara's turn`,
		},
		{
			name: "names before a scene break are not in the new scene",
			text: `"Only one chapter tonight," I said, and opened the book.

"Shall we walk to the mill?" said Nell.

"If you like," said Kit.

* * *

"And did they reach the mill?" asked Martha.

"Not that day."`,
			want: []attributed{
				{"Only one chapter tonight,", "Narrator", "cue-adjacent"},
				{"Shall we walk to the mill?", "Nell", "cue-adjacent"},
				{"If you like,", "Kit", "cue-adjacent"},
				{"And did they reach the mill?", "Martha", "cue-adjacent"},
				{"Not that day.", "Narrator", "conversation"},
			},
			reason: `Kit is named right before the row of stars, but in the story read aloud: the one who listens to Martha is the narrator`,
		},
	})
}

// TestPlaceNotAddressed checks that a place set off by commas in a line is
// not taken for the one the line is spoken to.
func TestPlaceNotAddressed(t *testing.T) {
	text := `Nell's family had bought a house near Bristol.

"We are leaving the village," said Nell.

"Where shall you live?" asked Kit.

"At the Grange, Bristol. Will you visit us, Kit?"

"Gladly."`
	want := []attributed{
		{"We are leaving the village,", "Nell", "cue-adjacent"},
		{"Where shall you live?", "Kit", "cue-adjacent"},
		{"At the Grange, Bristol. Will you visit us, Kit?", "Nell", "conversation"},
		{"Gladly.", "Kit", "conversation"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf(`"Bristol" is a place, not the one addressed: Kit answers (-want +got):\n%s`, diff)
	}
}
