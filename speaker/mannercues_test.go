package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestMannerOfSpeechCues covers verbs that tell how a line was spoken
// ("drawled", "instructed", "squeaked"): they are cues like "said", so the
// one named beside them speaks, not the last person the narration named.
func TestMannerOfSpeechCues(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []attributed
		reason string
	}{
		{
			name: "drawled",
			text: `Ned Fallow tied the mule to the rail while Abel Crane watched from the porch.

"That beast will kick the gate down by noon," drawled Abel.`,
			want:   []attributed{{"That beast will kick the gate down by noon,", "Abel Crane", "cue-adjacent"}},
			reason: `"drawled" reports speech: the one named after it speaks, though Ned acted first`,
		},
		{
			name: "instructed with a description",
			text: `Ruth Marlow packed the basket, and her brother Silas Marlow stood by the door with his hat in his hand.

"Keep the lid shut until you reach the mill," instructed Ruth.`,
			want:   []attributed{{"Keep the lid shut until you reach the mill,", "Ruth Marlow", "cue-adjacent"}},
			reason: `"instructed" is a cue: the name after it speaks, not the last one the narration named`,
		},
		{
			name: "squeaked after a pronoun",
			text: `Pip Larkin, the smallest of the boys, climbed onto the stool beside Gus Holloway.

"Can I hold the lantern too?" he squeaked.`,
			want:   []attributed{{"Can I hold the lantern too?", "Pip Larkin", "cue-adjacent"}},
			reason: `"he squeaked" is a pronoun cue resolved like "he said"`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
