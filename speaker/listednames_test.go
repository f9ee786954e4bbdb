package speaker_test

import "testing"

// TestAddsToList covers a name that follows "And" at the start of a
// quotation: the speaker adds someone to a list and calls no one.
func TestAddsToList(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a boy adds names to his brother's list",
			text: `The boys were counting who would come to the picnic on the hill. Walter had promised to bring the kite, and Ruth the lemonade.

"There is Mother, and Aunt Bea, and us two," said Ned, "and then----"

"And Walter," said Pip.

"And Walter--and then the dog----"

"And Ruth," said Pip.

"And Ruth--if she is back from town."`,
			want: []attributed{
				{"There is Mother, and Aunt Bea, and us two,", "Ned", "cue-adjacent"},
				{"and then----", "Ned", "cue-adjacent"},
				{"And Walter,", "Pip", "cue-adjacent"},
				{"And Walter--and then the dog----", "Ned", "conversation"},
				{"And Ruth,", "Pip", "cue-adjacent"},
				{"And Ruth--if she is back from town.", "Ned", "conversation"},
			},
			reason: `"And Walter" adds a name to the list: Walter is not spoken to and does not answer; the brothers keep taking turns`,
		},
	})
}

// TestAddressIsNoCall covers a street address read out inside a line of
// speech ("No. 9, Quarry Lane, by the mill"): no one is called.
func TestAddressIsNoCall(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the shopkeeper gives an address and the errand boy answers",
			text: `Quarry Lane was a crooked row of cottages behind the old mill.

Mr. Oakes sealed the parcel and handed it across the counter to Tim Rudd.

"Take this to Mrs. Venn," said Mr. Oakes. "She lives at No. 9, Quarry Lane, by the mill. Wait for an answer."

"A receipt, sir?"

"Yes, signed in ink."

"I shall be back by noon, then."`,
			want: []attributed{
				{"Take this to Mrs. Venn,", "Mr. Oakes", "cue-adjacent"},
				{"She lives at No. 9, Quarry Lane, by the mill. Wait for an answer.", "Mr. Oakes", "split-quote"},
				{"A receipt, sir?", "Tim Rudd", "conversation"},
				{"Yes, signed in ink.", "Mr. Oakes", "conversation"},
				{"I shall be back by noon, then.", "Tim Rudd", "conversation"},
			},
			reason: `"Quarry Lane" set off by commas is an address, not someone spoken to`,
		},
	})
}
