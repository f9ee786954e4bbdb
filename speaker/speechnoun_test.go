package speaker_test

import "testing"

func TestNewsSpeechActNouns(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "launched into a tirade",
			reason: `the partial quotations in a tirade's topic are the words of whoever launched into it`,
			text:   `At the harbor meeting, Mayor Edda Voss launched into a tirade against the "barons who never set foot on a pier" and had left the docks "rotting in plain view."`,
			want: []attributed{
				{"barons who never set foot on a pier", "Edda Voss", "cue-sentence"},
				{"rotting in plain view.", "Edda Voss", "cue-sentence"},
			},
		},
		{
			name:   "delivered a speech",
			reason: `"X delivered a speech on the “Q”": the speaker delivered the words`,
			text:   `Councilman Oren Pike delivered a speech on the "slow death of the old mill towns" to a half-empty chamber.`,
			want:   []attributed{{"slow death of the old mill towns", "Oren Pike", "cue-sentence"}},
		},
		{
			name:   "a listener is no performer",
			reason: `"heard a speech about": hearing a speech does not make its subject the speaker; the cue's subject keeps the words`,
			text:   `Ivo Brand said that farmer Lina Sorrel once heard a speech about the "slow death of the old mill towns" in a barn.`,
			want:   []attributed{{"slow death of the old mill towns", "Ivo Brand", "cue-sentence"}},
		},
	})
}
