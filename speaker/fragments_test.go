package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// fictionKinds attributes text as fiction and returns the kind the
// attributor settles on for each top-level quotation, with its speaker.
func fictionKinds(t *testing.T, text string) [][2]string {
	t.Helper()
	a, err := speaker.New(speaker.Options{Genre: speaker.GenreFiction})
	if err != nil {
		t.Fatal(err)
	}
	paras := segment.Paragraphs(text)
	qs := quote.Find(text)
	res := a.Attribute(text, paras, segment.Sentences(text, paras), qs)
	var out [][2]string
	for i, q := range qs {
		if q.Depth > 0 {
			continue
		}
		name := ""
		if at := res.Attributions[i]; at.Speaker >= 0 && res.Kinds[i] != quote.Term {
			name = res.Entities[at.Speaker].Name
		}
		out = append(out, [2]string{res.Kinds[i].String() + " " + q.Content.Text(text), name})
	}
	return out
}

func TestResumedFragment(t *testing.T) {
	cases := []struct {
		name, text, reason string
		want               [][2]string
	}{{
		name: "long cue clause",
		text: `"On the whole," remarked Edith Marsh, lifting the lid of the third hive and peering at the combs for some time, "the bees have wintered better than I feared."`,
		want: [][2]string{
			{"direct On the whole,", "Edith Marsh"},
			{"partial the bees have wintered better than I feared.", "Edith Marsh"},
		},
		reason: "the words after a long cue clause finish the sentence the speaker broke off: speech, not a term",
	}, {
		name: "sentence closed before the fragment",
		text: `"The hives are full." Edith Marsh smiled at the word "wintered" in her notebook.`,
		want: [][2]string{
			{"direct The hives are full.", "Edith Marsh"},
			{"term wintered", ""},
		},
		reason: "speech that ended with a full stop leaves nothing to resume",
	}, {
		name: "no speech verb between",
		text: `"Not that one," and Edith Marsh pointed at the "queen cell" under the frame.`,
		want: [][2]string{
			{"direct Not that one,", "Edith Marsh"},
			{"term queen cell", ""},
		},
		reason: "a fragment after narration with no speech verb is still a term, even after broken-off speech",
	}, {
		name: "cue clause running into a phrase in other marks",
		text: `"We shall see," answered Edith Marsh with her 'wait and watch' look.`,
		want: [][2]string{
			{"direct We shall see,", "Edith Marsh"},
			{"term wait and watch", ""},
		},
		reason: "a phrase the cue clause runs into, in marks of another kind, is no second part of the utterance",
	}, {
		name: "cue clause running on into a mentioned word",
		text: `"We shall see," answered Edith Marsh, and "later" was all she would add.`,
		want: [][2]string{
			{"direct We shall see,", "Edith Marsh"},
			{"term later", ""},
		},
		reason: "a second part of an utterance follows its cue clause after punctuation, not after a conjunction",
	}, {
		name: "speech of several sentences broken off",
		text: `"The queen is laying again. The frames are heavy. Still," Edith Marsh went on, wiping the knife on her apron and frowning at the sky, "we must take no honey before August."`,
		want: [][2]string{
			{"direct The queen is laying again. The frames are heavy. Still,", "Edith Marsh"},
			{"partial we must take no honey before August.", "Edith Marsh"},
		},
		reason: "the speech broken off may start sentences before its cue clause",
	}, {
		name: "exclamation taken up in lower case",
		text: `"Good heavens!" cried Edith Marsh, as the lid slid off the last hive and into the grass, "not the queen again?"`,
		want: [][2]string{
			{"direct Good heavens!", "Edith Marsh"},
			{"partial not the queen again?", "Edith Marsh"},
		},
		reason: "speech may go on in lower case after an exclamation broken off by its cue",
	}, {
		name: "an action set off by dashes",
		text: `"The old skep"—Edith Marsh tapped the straw with her knuckle—"has stood here since my grandmother's day."`,
		want: [][2]string{
			{"direct The old skep", "Edith Marsh"},
			{"partial has stood here since my grandmother's day.", "Edith Marsh"},
		},
		reason: "narration set off by dashes inside one utterance is an aside, whatever it says: the words after it go on with the speech",
	}, {
		name: "short aside with a verb no list holds",
		text: `"Not this week," interposed Edith Marsh; "the clover is late."`,
		want: [][2]string{
			{"direct Not this week,", "Edith Marsh"},
			{"partial the clover is late.", "Edith Marsh"},
		},
		reason: "a subject and a verb set off by a semicolon between two parts of one utterance is its cue, whatever the verb",
	}, {
		name: "speech taken up again with a dash",
		text: `"I counted nine frames--" (the smoker had gone out again, and Edith Marsh struggled with it) "--or perhaps ten, with the broken one."`,
		want: [][2]string{
			{"direct I counted nine frames--", "Edith Marsh"},
			{"partial --or perhaps ten, with the broken one.", "Edith Marsh"},
		},
		reason: "quoted words that open with a dash resume interrupted speech; a mentioned word never opens so",
	}, {
		name: "reported speech turned direct after a dash",
		text: `Edith Marsh told the visitors that the swarm had left in May--"and good riddance, for they were a cross lot."`,
		want: [][2]string{
			{"partial and good riddance, for they were a cross lot.", "Edith Marsh"},
		},
		reason: "after a dash the narration quotes the words it was reporting: the speaker's, not a term",
	}, {
		name: "one word after a dash",
		text: `Edith Marsh told the visitors about the old hives--"skeps" was the word she used.`,
		want: [][2]string{
			{"term skeps", ""},
		},
		reason: "a single word after the dash is a word under discussion",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, fictionKinds(t, c.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.reason, diff)
			}
		})
	}
}
