package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quoteattr/quoteattr/speaker"
)

// TestFictionStepsCanBeDisabled checks that each fiction step of the
// chain is a rule of its own: with the step on, the text's lines are
// attributed as want says; with it in Options.Disabled, as off says.
func TestFictionStepsCanBeDisabled(t *testing.T) {
	tests := []struct {
		name, reason, text string
		rule               speaker.Rule
		want, off          []attributed
	}{
		{
			name: "reply-call",
			rule: speaker.RuleReplyCall,
			text: `Captain Orme rode into the village at noon with a lame horse. Orme tied the animal at the forge and shouted for the smith, and a crowd of ragged children gathered round him to stare.

One of their number, taller than the rest, pushed forward with his cap in his hand.

"The smith's gone to the fair, sir," said he, "but I can hold the horse for a penny."

"Can you, now?" said Captain Orme. "Then hold him well, Tobias, and the penny is yours."`,
			want: []attributed{
				{"The smith's gone to the fair, sir,", "Tobias", "cue-adjacent"},
				{"but I can hold the horse for a penny.", "Tobias", "cue-adjacent"},
				{"Can you, now?", "Orme", "cue-adjacent"},
				{"Then hold him well, Tobias, and the penny is yours.", "Orme", "split-quote"},
			},
			off: []attributed{
				{"The smith's gone to the fair, sir,", "Orme", "cue-adjacent"},
				{"but I can hold the horse for a penny.", "Orme", "cue-adjacent"},
				{"Can you, now?", "Orme", "cue-adjacent"},
				{"Then hold him well, Tobias, and the penny is yours.", "Orme", "split-quote"},
			},
			reason: `the answer calls Tobias, so "said he" before it is his; off, the pronoun keeps the man the narration follows`,
		},
		{
			name: "open-reply-call",
			rule: speaker.RuleOpenReplyCall,
			text: `Rosalind Marsh kept the horses of the inn, and Pell slept in the straw below her loft.

The lanterns in the yard went out one by one after midnight.

"Who left the gate unlatched?" came a sharp voice from above.

"Not me, Rosalind," Pell muttered, and pulled the blanket over his head.`,
			want: []attributed{
				{"Who left the gate unlatched?", "Rosalind Marsh", "conversation"},
				{"Not me, Rosalind,", "Pell", "cue-adjacent"},
			},
			off: []attributed{
				{"Who left the gate unlatched?", "", "none"},
				{"Not me, Rosalind,", "Pell", "cue-adjacent"},
			},
			reason: `no rule names the voice from the loft; the reply calls Rosalind, the one who just spoke`,
		},
		{
			name: "voice",
			rule: speaker.RuleVoice,
			text: `Walter Prynne had sent the carter for the new millstone at dawn. By noon he was pacing the yard and cursing. Hobb had promised him faithfully to be back by ten.

"The cart is stuck at the ford, sir," said a voice behind the willows.

"Come out where I can see you, Hobb. You are an hour late."`,
			want: []attributed{
				{"The cart is stuck at the ford, sir,", "Hobb", "conversation"},
				{"Come out where I can see you, Hobb. You are an hour late.", "Walter Prynne", "conversation"},
			},
			off: []attributed{
				{"The cart is stuck at the ford, sir,", "Hobb", "action-beat"},
				{"Come out where I can see you, Hobb. You are an hour late.", "Walter Prynne", "conversation"},
			},
			reason: `"said a voice" names no one; the reply calls the speaker Hobb (off, the turn-taking finds him too, as an action beat)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("on: %s (-want +got):\n%s", tt.reason, diff)
			}
			got = attribute(t, speaker.Options{Genre: speaker.GenreFiction, Disabled: []speaker.Rule{tt.rule}}, tt.text)
			if diff := cmp.Diff(tt.off, got); diff != "" {
				t.Errorf("off: %s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestRuleNames checks that every rule has a name of its own that decodes
// back to it, as the JSON output and a command line's list of rules to
// disable need, and that an unknown name is refused.
func TestRuleNames(t *testing.T) {
	seen := map[string]speaker.Rule{}
	for r := speaker.RuleNone; r <= speaker.RuleNarratorName; r++ {
		name := r.String()
		if prev, ok := seen[name]; ok {
			t.Errorf("rules %d and %d share the name %q", prev, r, name)
		}
		seen[name] = r
		var back speaker.Rule
		if err := back.UnmarshalText([]byte(name)); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %d, %v; want %d", name, back, err, r)
		}
	}
	var r speaker.Rule
	if err := r.UnmarshalText([]byte("guesswork")); err == nil {
		t.Errorf("UnmarshalText(guesswork) = %d, want an error", r)
	}
	if got := speaker.RuleNarratorName.String(); got != "narrator-name" {
		t.Errorf("the last rule is named %q, want narrator-name", got)
	}
}
