package speaker_test

import "testing"

func TestReplyGivesOwnName(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "a reply that opens with its own speaker's name calls nobody",
			text: `Anselm Vark shook the sleet from his hat and stepped up to the ticket window.

"Destination?" barked the clerk.

"Anselm Vark, booked through to the coast," said Anselm.

"Platform nine," answered the clerk.`,
			want: []attributed{
				{"Destination?", "the clerk", "cue-adjacent"},
				{"Anselm Vark, booked through to the coast,", "Anselm Vark", "cue-adjacent"},
				{"Platform nine,", "the clerk", "cue-adjacent"},
			},
			reason: `the reply is tagged as Anselm's own line, so the name it opens with is him giving it, not him calling the clerk's name: the clerk is not Anselm`,
		},
	})
}
