package speaker_test

import "testing"

func TestNewsWordingOwner(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "used the words",
			reason: `"X used the words, “Q”": the subject of "used" uttered the wording`,
			text:   `The bridge vote was close. When Councilwoman Marit Holm used the words, "a toll on every commuter," the gallery began to jeer.`,
			want:   []attributed{{"a toll on every commuter,", "Marit Holm", "cue-sentence"}},
		},
		{
			name:   "uses the words",
			reason: `present tense "X uses the words, “Q”": same owner`,
			text:   `Tobias Wren uses the words, "We will patch it and pray," whenever the ferry board asks about the hull.`,
			want:   []attributed{{"We will patch it and pray,", "Tobias Wren", "cue-sentence"}},
		},
		{
			name:   "using has no owner here",
			reason: `"for not using the words, “Q”": the subject of the gerund is unstated, so no speaker is taken from this construction`,
			text:   `Critics faulted the ferry board for not using the words, "We were wrong about the pier," in its notice.`,
			want:   []attributed{{"We were wrong about the pier,", "", "none"}},
		},
	})
}
