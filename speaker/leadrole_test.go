package speaker_test

import "testing"

func TestNewsLeadingRole(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "role noun opening the sentence",
			reason: `"Goalkeeper Ana Ruiz": the capital is the sentence's, so "the goalkeeper" later is Ana Ruiz`,
			text:   "Goalkeeper Ana Ruiz kept a clean sheet for the sixth game running.\n\n\"The back four made it easy,\" the goalkeeper said.",
			want:   []attributed{{"The back four made it easy,", "Ana Ruiz", "cue-adjacent"}},
		},
		{
			name:   "role noun is not part of the name",
			reason: `"Defender Joel Mensah said": the speaker is Joel Mensah, not "Defender Joel Mensah"`,
			text:   "Defender Joel Mensah said: \"We have to defend corners better.\"",
			want:   []attributed{{"We have to defend corners better.", "Joel Mensah", "cue-adjacent"}},
		},
	})
}
