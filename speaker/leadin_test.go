package speaker_test

import "testing"

// TestLeadInSentence covers a sentence of narration that announces speech
// without giving it ("Then Harriet spoke."): the words that follow, in the
// same paragraph or opening the next, are its subject's, whoever the turns
// of the conversation would give them to; a negated verb ("Bertram did not
// answer.") is no cue.
func TestLeadInSentence(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "a name that speaks at the end of a sentence with another subject",
			reason: "the clause after the semicolon announces Harriet's words",
			text: `"Shall we row to the island?" asked Osric.

"The wind is wrong," said Bertram.

"It will turn by noon," said Osric.

The gulls wheeled over the jetty; at that Harriet spoke. "Nobody is rowing anywhere until the tide comes in."`,
			want: []attributed{
				{"Shall we row to the island?", "Osric", "cue-adjacent"},
				{"The wind is wrong,", "Bertram", "cue-adjacent"},
				{"It will turn by noon,", "Osric", "cue-adjacent"},
				{"Nobody is rowing anywhere until the tide comes in.", "Harriet", "cue-adjacent"},
			},
		},
		{
			name:   "the announcing sentence ends the paragraph before",
			reason: "the quotation opening the next paragraph is what Harriet began to say",
			text: `"Shall we row to the island?" asked Osric.

"The wind is wrong," said Bertram.

Harriet set down her cup and began.

"When I was a girl the island had a lighthouse."`,
			want: []attributed{
				{"Shall we row to the island?", "Osric", "cue-adjacent"},
				{"The wind is wrong,", "Bertram", "cue-adjacent"},
				{"When I was a girl the island had a lighthouse.", "Harriet", "cue-adjacent"},
			},
		},
		{
			name:   "a negated verb announces nothing",
			reason: "a verb after \"not\" is no cue: the line is left to the turns of the conversation",
			text: `"Shall we row to the island?" asked Osric.

"The wind is wrong," said Bertram.

Bertram did not answer.

"Then we wait."`,
			want: []attributed{
				{"Shall we row to the island?", "Osric", "cue-adjacent"},
				{"The wind is wrong,", "Bertram", "cue-adjacent"},
				{"Then we wait.", "Bertram", "conversation"},
			},
		},
	})
}
