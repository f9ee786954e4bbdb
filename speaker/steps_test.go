package speaker_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// TestFictionStepsCanBeDisabled checks that each fiction step of the
// chain is a rule of its own: with the step on, the text's lines are
// attributed as want says, and a line whose speaker the step sets reports
// the step's rule (narrator-name, which only names the narrator, leaves
// the matchers' rules) with the confidence conf (scaled: conf times the
// confidence the line has with the step off); with it in
// Options.Disabled, as off says.
func TestFictionStepsCanBeDisabled(t *testing.T) {
	tests := []struct {
		name, reason, text string
		rule               speaker.Rule
		want, off          []attributed
		conf               float64
		scaled             bool
	}{
		{
			name: "reply-call",
			rule: speaker.RuleReplyCall,
			conf: 0.75,
			text: `Captain Orme rode into the village at noon with a lame horse. Orme tied the animal at the forge and shouted for the smith, and a crowd of ragged children gathered round him to stare.

One of their number, taller than the rest, pushed forward with his cap in his hand.

"The smith's gone to the fair, sir," said he, "but I can hold the horse for a penny."

"Can you, now?" said Captain Orme. "Then hold him well, Tobias, and the penny is yours."`,
			want: []attributed{
				{"The smith's gone to the fair, sir,", "Tobias", "reply-call"},
				{"but I can hold the horse for a penny.", "Tobias", "reply-call"},
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
			name: "teller",
			rule: speaker.RuleTeller,
			conf: 0.56,
			text: `The children gathered round the fire, and the old miller settled into his chair.

"When I was a boy," said he, "the river froze so hard that we drove carts across it.

"One winter my brother went out on the ice before dawn. I followed him.

" Go home,  he told me.

" I will not,  I said, and we walked on together.

"By noon the ice had begun to crack under our feet, so we turned back toward the bank.

" Run,  said my brother, and I ran.

"We reached the mill just as the ice broke."

Little Greta clapped her hands. "Again!"`,
			want: []attributed{
				{"When I was a boy,", "the old miller", "cue-adjacent"},
				{"the river froze so hard that we drove carts across it.\n\n\"One winter my brother went out on the ice before dawn. I followed him.\n\n\" Go home,", "the old miller", "cue-adjacent"},
				{"By noon the ice had begun to crack under our feet, so we turned back toward the bank.\n\n\" Run,", "the old miller", "teller"},
				{"We reached the mill just as the ice broke.", "the old miller", "teller"},
				{"Again!", "Little Greta", "action-beat"},
			},
			off: []attributed{
				{"When I was a boy,", "the old miller", "cue-adjacent"},
				{"the river froze so hard that we drove carts across it.\n\n\"One winter my brother went out on the ice before dawn. I followed him.\n\n\" Go home,", "the old miller", "cue-adjacent"},
				{"By noon the ice had begun to crack under our feet, so we turned back toward the bank.\n\n\" Run,", "", "none"},
				{"We reached the mill just as the ice broke.", "", "none"},
				{"Again!", "Little Greta", "action-beat"},
			},
			reason: `the story's paragraphs reopen a double mark and leave it open, so the lines the detector starts inside it are the miller's`,
		},
		{
			name: "addressed-back",
			rule: speaker.RuleAddressedBack,
			conf: 0.6,
			text: `"Has the ferry left?" asked Mira Holt.

"An hour ago," said Conrad Pell.

"Then the parcel will wait till Monday," said Jonas Vale. "The office shuts at noon."

"But my sister needs it tomorrow."

"Be patient, Mira," said Jonas. "I will send a boy with the carrier."`,
			want: []attributed{
				{"Has the ferry left?", "Mira Holt", "cue-adjacent"},
				{"An hour ago,", "Conrad Pell", "cue-adjacent"},
				{"Then the parcel will wait till Monday,", "Jonas Vale", "cue-adjacent"},
				{"The office shuts at noon.", "Jonas Vale", "split-quote"},
				{"But my sister needs it tomorrow.", "Mira Holt", "addressed-back"},
				{"Be patient, Mira,", "Jonas Vale", "cue-adjacent"},
				{"I will send a boy with the carrier.", "Jonas Vale", "split-quote"},
			},
			off: []attributed{
				{"Has the ferry left?", "Mira Holt", "cue-adjacent"},
				{"An hour ago,", "Conrad Pell", "cue-adjacent"},
				{"Then the parcel will wait till Monday,", "Jonas Vale", "cue-adjacent"},
				{"The office shuts at noon.", "Jonas Vale", "split-quote"},
				{"But my sister needs it tomorrow.", "Conrad Pell", "conversation"},
				{"Be patient, Mira,", "Jonas Vale", "cue-adjacent"},
				{"I will send a boy with the carrier.", "Jonas Vale", "split-quote"},
			},
			reason: `turn-taking gives the bare line to Conrad; Jonas answers it by calling Mira, who asked two turns before`,
		},
		{
			name: "open-reply-call",
			rule: speaker.RuleOpenReplyCall,
			conf: 0.3,
			text: `Rosalind Marsh kept the horses of the inn, and Pell slept in the straw below her loft.

The lanterns in the yard went out one by one after midnight.

"Who left the gate unlatched?" came a sharp voice from above.

"Not me, Rosalind," Pell muttered, and pulled the blanket over his head.`,
			want: []attributed{
				{"Who left the gate unlatched?", "Rosalind Marsh", "open-reply-call"},
				{"Not me, Rosalind,", "Pell", "cue-adjacent"},
			},
			off: []attributed{
				{"Who left the gate unlatched?", "", "none"},
				{"Not me, Rosalind,", "Pell", "cue-adjacent"},
			},
			reason: `no rule names the voice from the loft; the reply calls Rosalind, the one who just spoke`,
		},
		{
			name:   "described-name",
			rule:   speaker.RuleDescribedName,
			conf:   0.9,
			scaled: true,
			text: `Edwin Marle was mending a net on the jetty when a young woman came down the steps with a basket.

"Are you the boatman?" said the young woman.

"I am," said Edwin. "Where do you want to go?"

"Across to the island," the young woman answered.

"It will cost you a shilling," said Edwin.

"Here it is," said Miss Corran.`,
			want: []attributed{
				{"Are you the boatman?", "Miss Corran", "described-name"},
				{"I am,", "Edwin Marle", "cue-adjacent"},
				{"Where do you want to go?", "Edwin Marle", "split-quote"},
				{"Across to the island,", "Miss Corran", "described-name"},
				{"It will cost you a shilling,", "Edwin Marle", "cue-adjacent"},
				{"Here it is,", "Miss Corran", "cue-adjacent"},
			},
			off: []attributed{
				{"Are you the boatman?", "the young woman", "cue-adjacent"},
				{"I am,", "Edwin Marle", "cue-adjacent"},
				{"Where do you want to go?", "Edwin Marle", "split-quote"},
				{"Across to the island,", "the young woman", "cue-adjacent"},
				{"It will cost you a shilling,", "Edwin Marle", "cue-adjacent"},
				{"Here it is,", "Miss Corran", "cue-adjacent"},
			},
			reason: `the only woman of the scene, first named by the tag of a line of her own, is the young woman who spoke before; the cue found only the description`,
		},
		{
			name: "voice",
			rule: speaker.RuleVoice,
			conf: 0.3,
			text: `Walter Prynne had sent the carter for the new millstone at dawn. By noon he was pacing the yard and cursing. Hobb had promised him faithfully to be back by ten.

"The cart is stuck at the ford, sir," said a voice behind the willows.

"Come out where I can see you, Hobb. You are an hour late."`,
			want: []attributed{
				{"The cart is stuck at the ford, sir,", "Hobb", "voice"},
				{"Come out where I can see you, Hobb. You are an hour late.", "Walter Prynne", "conversation"},
			},
			off: []attributed{
				{"The cart is stuck at the ford, sir,", "Hobb", "action-beat"},
				{"Come out where I can see you, Hobb. You are an hour late.", "Walter Prynne", "conversation"},
			},
			reason: `"said a voice" names no one; the reply calls the speaker Hobb (off, the turn-taking finds him too, as an action beat)`,
		},
		{
			name: "narrator-name",
			rule: speaker.RuleNarratorName,
			text: `I had walked all the way from the quarry, and my boots were full of grit.

"You look tired, Tamsin," said Gerrit Voss from behind the counter.

"I am tired," I said. "Is there any bread left?"

"Half a loaf, Tamsin, and welcome to it."

I thanked him and sat down by the stove.`,
			want: []attributed{
				{"You look tired, Tamsin,", "Gerrit Voss", "cue-adjacent"},
				{"I am tired,", "Tamsin", "cue-adjacent"},
				{"Is there any bread left?", "Tamsin", "split-quote"},
				{"Half a loaf, Tamsin, and welcome to it.", "Gerrit Voss", "conversation"},
			},
			off: []attributed{
				{"You look tired, Tamsin,", "Gerrit Voss", "cue-adjacent"},
				{"I am tired,", "Narrator", "cue-adjacent"},
				{"Is there any bread left?", "Narrator", "split-quote"},
				{"Half a loaf, Tamsin, and welcome to it.", "Gerrit Voss", "conversation"},
			},
			reason: `the shopkeeper calls the one who says "I" Tamsin twice: the narrator takes that name, and the lines keep the rules that found the narrator`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("on: %s (-want +got):\n%s", tt.reason, diff)
			}
			on := got
			got = attribute(t, speaker.Options{Genre: speaker.GenreFiction, Disabled: []speaker.Rule{tt.rule}}, tt.text)
			if diff := cmp.Diff(tt.off, got); diff != "" {
				t.Errorf("off: %s (-want +got):\n%s", tt.reason, diff)
			}
			onConf := confidences(t, speaker.Options{Genre: speaker.GenreFiction}, tt.text)
			offConf := confidences(t, speaker.Options{Genre: speaker.GenreFiction, Disabled: []speaker.Rule{tt.rule}}, tt.text)
			if len(onConf) != len(on) || len(offConf) != len(on) {
				t.Fatalf("%d confidences on, %d off, for %d lines", len(onConf), len(offConf), len(on))
			}
			for i, a := range on {
				if a.Rule != tt.rule.String() {
					continue
				}
				want := tt.conf
				if tt.scaled {
					want *= offConf[i]
				}
				if math.Abs(onConf[i]-want) > 1e-9 {
					t.Errorf("%q reports %s with confidence %.3f, want %.3f", a.Quote, a.Rule, onConf[i], want)
				}
			}
		})
	}
}

// confidences returns the confidence of each quotation attribute lists,
// in the same order.
func confidences(t *testing.T, opts speaker.Options, text string) []float64 {
	t.Helper()
	qs, res := runAttributor(t, opts, text)
	var out []float64
	for i, q := range qs {
		if q.Depth > 0 || q.Kind == quote.Term {
			continue
		}
		out = append(out, res.Attributions[i].Confidence)
	}
	return out
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
