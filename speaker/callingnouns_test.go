package speaker_test

import "testing"

func TestCallingNouns(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "people of callings the word lists once lacked",
			text: `The hotel lobby was empty at midnight except for the receptionist, who was doing a crossword, and the concierge, who was asleep in a chair by the lifts.

"Seven letters, a kind of heron," said the receptionist.

"Bittern," said the concierge, without opening his eyes.`,
			want: []attributed{
				{"Seven letters, a kind of heron,", "the receptionist", "cue-adjacent"},
				{"Bittern,", "the concierge", "cue-adjacent"},
			},
			reason: `"receptionist" and "concierge" name a person's calling like "clerk" and "porter": the one so described speaks`,
		},
	})
}
