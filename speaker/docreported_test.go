package speaker_test

import "testing"

func TestNewsTextReports(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a text reports a clause holding the quotation",
			reason: `"The memo said the pumps were “Q”": the memo's author speaks, not the memo`,
			text: "The water board said in a memo that repairs would take a week. " +
				"The memo said the pumps were \"beyond saving.\"",
			want: []attributed{{"beyond saving.", "the water board", "cue-sentence"}},
		},
		{
			name:   "according to a text put out by someone",
			reason: `"according to a readout released by X" names X as the text's author`,
			text: "According to a readout released by the envoy's office, the talks ran late. " +
				"The readout said both delegations \"agreed to keep talking.\"",
			want: []attributed{{"agreed to keep talking.", "the envoy's office", "cue-sentence"}},
		},
		{
			name:   "the text met again in a later paragraph",
			reason: `a second "The readout said" is the same text again: its author is found further back`,
			text: "According to a readout released by the envoy's office, the talks ran late. " +
				"The readout said both delegations \"agreed to keep talking.\"\n\n" +
				"\"No date was set for the next round,\" the readout said.",
			want: []attributed{
				{"agreed to keep talking.", "the envoy's office", "cue-sentence"},
				{"No date was set for the next round,", "the envoy's office", "cue-adjacent"},
			},
		},
		{
			name:   "a text from its author after the verb",
			reason: `"“Q,” read one text from X": the author named after "from" speaks, with no text met before`,
			text:   "\"Keep the vote quiet,\" read one text from Nils Odegard, sent on the eve of the meeting.",
			want:   []attributed{{"Keep the vote quiet,", "Nils Odegard", "cue-adjacent"}},
		},
		{
			name:   "a role before the author's name",
			reason: `"from board member X": the role words before the name belong to the author`,
			text:   "\"Keep the vote quiet,\" read a text from board member Nils Odegard to another member.",
			want:   []attributed{{"Keep the vote quiet,", "Nils Odegard", "cue-adjacent"}},
		},
		{
			name:   "a statement issued by an agent stays the subject's",
			reason: `"Lee apologised in a statement issued by her lawyer": no "according to", Lee is the author`,
			text: "Dana Lee apologised in a statement issued by her lawyer. " +
				"The statement said she had been \"thoughtless and wrong.\"",
			want: []attributed{{"thoughtless and wrong.", "Dana Lee", "cue-sentence"}},
		},
	})
}
