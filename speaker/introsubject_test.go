package speaker_test

import "testing"

func TestNewsIntroducedSpeaker(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a possessive noun before the name in apposition",
			reason: `"Its chairwoman, Nell Ashby, gave this reply:" introduces her, and the open quotation running over two paragraphs is hers`,
			text: "The rowing club lost its lease in March.\n\n" +
				"Its chairwoman, Nell Ashby, gave this reply:\n\n" +
				"\"We will train on the canal until a new boathouse is found.\n\n" +
				"\"No member will lose a season.\"\n\nThe landlord did not comment.",
			want: []attributed{{"We will train on the canal until a new boathouse is found.\n\n\"No member will lose a season.", "Nell Ashby", "colon"}},
		},
		{
			name:   "an opening phrase before the subject",
			reason: `in "In a note to members, Nell Ashby set out her plan:" the note is where, not who`,
			text: "In a note to members, Nell Ashby set out her plan:\n\n" +
				"\"Training moves to Thursdays.\"",
			want: []attributed{{"Training moves to Thursdays.", "Nell Ashby", "colon"}},
		},
		{
			name:   "a label after a dash, with a credit",
			reason: `"Topic - Name: “…” [Source.]" is a digest line: the label speaks, not the subject of the topic's verb, and the credit in brackets does not make the line a heading`,
			text: "The count ended late.\n\n" +
				"Forecasters agree - Tamsin Okonjo: “Turnout decided it. Nobody saw the surge coming.” [Weather Desk.]",
			want: []attributed{{"Turnout decided it. Nobody saw the surge coming.", "Tamsin Okonjo", "colon"}},
		},
	})
}
