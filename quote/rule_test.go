package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
)

// TestRules checks which rule decides the kind of each top-level
// quotation: the kind alone does not tell a fragment of reported speech
// found by its own cue from one that follows another fragment.
func TestRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		reason     string
	}{{
		name:   "speech and its cue",
		text:   "“We are ready,” she said. “The boats are out.”",
		want:   []string{"sentence", "split"},
		reason: "speech that opens its sentence, and more of it after only its cue",
	}, {
		name:   "split by the cue",
		text:   "“We are ready,” she said, “and the boats are out.”",
		want:   []string{"sentence", "split"},
		reason: "the second part of speech interrupted by its cue",
	}, {
		name:   "fragments of one speech",
		text:   "The talks ended. She promised “support” on trade and a “firm” friendship.",
		want:   []string{"cue", "same-speech"},
		reason: "a fragment after a fragment of reported speech in one sentence",
	}, {
		name:   "term announced",
		text:   "They voted for the so-called “night tariff” at noon.",
		want:   []string{"announced"},
		reason: "the so-called announces a term",
	}, {
		name:   "scare quote",
		text:   "The mill spent the summer “improving” its roof.",
		want:   []string{"no-speaker"},
		reason: "a fragment with no speaker near",
	}, {
		name:   "a letter under discussion",
		text:   "Voters pull the lever for “R,” or “D,” according to their habits.",
		want:   []string{"letter", "letter"},
		reason: "one quoted letter names the letter, even before a cue",
	}, {
		name:   "one-letter words stay speech",
		text:   "“I,” he began, and stopped.",
		want:   []string{"sentence"},
		reason: "I and A are words, not letters under discussion",
	}, {
		name:   "a fragment in the clause of a noun of speech",
		text:   "The keeper's complaint that the lamp was “half blind” reached the board.",
		want:   []string{"speech-noun"},
		reason: "complaint that introduces the keeper's words, though no speech verb is near",
	}, {
		name:   "a fragment after promises of",
		text:   "By March the landlord’s promises of “quick repairs” were forgotten.",
		want:   []string{"speech-noun"},
		reason: "promises of reports what the landlord said he would do",
	}, {
		name:   "in charge of reports nothing",
		text:   "Our cousin was left in charge of the “blue” ledger all winter.",
		want:   []string{"no-speaker"},
		reason: "charge here is a duty, not an accusation",
	}, {
		name:   "an exclamation in italic markup",
		text:   "“_Stop!_” the girl cried from the bank, then “_Wait!_” and, at the very last, “_Please!_”",
		want:   []string{"sentence", "cue-in-sentence", "same-speech"},
		reason: "underscores around a short exclamation mark emphasis, not a title: the closing mark is the exclamation's",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := []string{}
			trace := func(q *Quote, r rule) {
				if q.Depth == 0 {
					got = append(got, r.String())
				}
			}
			defaultDetector.find(c.text, segment.Paragraphs(c.text), trace)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s\n%s (-want +got):\n%s", c.reason, c.text, diff)
			}
		})
	}
}
