package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestReplyNamesKin covers a description of kin ("my sister-in-law") that
// speaks after a long stretch of narration and is called in the reply by
// a name the text already knows.
func TestReplyNamesKin(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "the sister-in-law is the named woman the reply calls",
			text: `We took tea on the lawn the week after the mill was sold.

"Will you ever settle to a trade?" said my brother's wife.

"My dear Nell," I said, "a trade would bore me within a week."

"You are thirty," said Nell, "and have done nothing."

"Nothing useful, I grant," I said.

"Arthur works from dawn to dusk," said Nell.

"Arthur enjoys it," I said.

"He does not," said Nell.

"Then he hides it well," I said.

My brother laughed and went in to write his letters.

"I give up," said Nell.

"Have another scone," I said.

"The garden wants a new fence," said my brother's wife.

"It has wanted one for years," I said.

The mill had been built by my great-grandfather Silas Pellow, a stern man who ground corn for three parishes.

His son Jonah added the drying loft; Jonah's son Ezra lost half the trade to the steam mills at Carford.

My father, Matthew Pellow, kept the place going out of stubbornness, and when he died Arthur and I could only clear his debts by selling. Mr. Pruett drew up the papers, my uncle George witnessed them, and a merchant named Walter Holcombe paid without haggling.

Holcombe, for his part, was a man of few words. He told Pruett that he had wanted the mill since he was a boy; he told my uncle that he meant to put in a turbine; he told Arthur nothing at all. Pruett thought him a fool, George thought him a genius, and Arthur, who had known him at school, said he was neither. I thought him the luckiest man in the county, and told him so, and he laughed and said that his father had thought the same of mine.

"You might mend it yourself," my sister-in-law retorted, for she never let a chance of improving me go by.

"With pleasure, my dear Nell," I replied, "when the rain stops."`,
			want: []attributed{
				{"Will you ever settle to a trade?", "Nell", "reply-call"},
				{"My dear Nell,", "Narrator", "cue-adjacent"},
				{"a trade would bore me within a week.", "Narrator", "cue-adjacent"},
				{"You are thirty,", "Nell", "cue-adjacent"},
				{"and have done nothing.", "Nell", "cue-adjacent"},
				{"Nothing useful, I grant,", "Narrator", "cue-adjacent"},
				{"Arthur works from dawn to dusk,", "Nell", "cue-adjacent"},
				{"Arthur enjoys it,", "Narrator", "cue-adjacent"},
				{"He does not,", "Nell", "cue-adjacent"},
				{"Then he hides it well,", "Narrator", "cue-adjacent"},
				{"I give up,", "Nell", "cue-adjacent"},
				{"Have another scone,", "Narrator", "cue-adjacent"},
				{"The garden wants a new fence,", "Nell", "cue-adjacent"},
				{"It has wanted one for years,", "Narrator", "cue-adjacent"},
				{"You might mend it yourself,", "Nell", "reply-call"},
				{"With pleasure, my dear Nell,", "Narrator", "cue-adjacent"},
				{"when the rain stops.", "Narrator", "cue-adjacent"},
			},
			reason: `after a long stretch of narration "my sister-in-law" speaks; the reply calls her Nell, a woman the text named before: a description of kin is one fixed person, who may have been named earlier`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
