package speaker_test

import "testing"

// TestPlaceIsNoParticipant checks that a house or an estate named in a
// conversation ("Corrow Grange", "Fennick Lodge") never becomes one of its
// speakers: only places name it, so it is no person.
func TestPlaceIsNoParticipant(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "an estate named in the last line before an untagged reply",
			text: `Nell Draycott had listened to the whole story without a word. When it was done she folded her hands.

"I can do nothing tonight," said Ambrose Tull. "Go home by the lower road. In the morning drive the cart out to the old house, Corrow Grange, and ask for the steward; he owes me a favour."

"A long way round, I suppose."

"Long, but dry."

Corrow Grange lay five miles off, beyond the marsh.`,
			want: []attributed{
				{"I can do nothing tonight,", "Ambrose Tull", "cue-adjacent"},
				{"Go home by the lower road. In the morning drive the cart out to the old house, Corrow Grange, and ask for the steward; he owes me a favour.", "Ambrose Tull", "split-quote"},
				{"A long way round, I suppose.", "Nell Draycott", "conversation"},
				{"Long, but dry.", "Ambrose Tull", "conversation"},
			},
			reason: "the reply is Nell's: the Grange, set between commas like a name called out, is no one spoken to and takes no turn",
		},
		{
			name: "an officer who shares his name with his house",
			text: `Tarrow Manor had stood empty all winter, and the village had begun to say that Tarrow Manor would be sold. In March Colonel Tarrow came back to it with a single servant and a dog.

"Open every window in the place," said Colonel Tarrow.`,
			want: []attributed{
				{"Open every window in the place,", "Tarrow", "cue-adjacent"},
			},
			reason: "the colonel is a man called Tarrow, not the house named after his family",
		},
	})
}

// TestSeatOfPowerSpeaksInNews checks that news keeps a place name that
// stands for the office in it ("Downing Street said") as a speaker, which
// fiction does not.
func TestSeatOfPowerSpeaksInNews(t *testing.T) {
	runNewsCases(t, []newsCase{{
		name:   "a street that stands for a government",
		reason: `the street of the prime minister's office speaks for the office in news`,
		text:   `"No decision has been taken on the harbour levy," Downing Street said on Tuesday.`,
		want:   []attributed{{"No decision has been taken on the harbour levy,", "Downing Street", "cue-adjacent"}},
	}})
}
