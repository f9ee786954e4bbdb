package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// A man argues with his grandmother, leaves her, and meets a different
// woman in the narration that follows: the "she" who answers him then is
// the woman now in view, not the grandmother of the earlier talk.
const orchardVisit = `Oliver Grant sat with Mrs. Hargreave in the parlour after tea.

"You spend far too much on seeds," said Mrs. Hargreave.

"The orchard pays for them," Oliver replied.

"It never has," she said sharply.

He went out through the kitchen garden an hour later. The evening was mild, and the path was wet from the rain. At the gate of the orchard he found Lucy Penrose picking up windfalls into a basket.

"Are those for the market?" he asked.

"Most of them are bruised," she answered. "The wind came up in the night."`

func TestStaleExpectedSpeaker(t *testing.T) {
	want := []attributed{
		{"You spend far too much on seeds,", "Mrs. Hargreave", "cue-adjacent"},
		{"The orchard pays for them,", "Oliver Grant", "cue-adjacent"},
		{"It never has,", "Mrs. Hargreave", "cue-adjacent"},
		{"Are those for the market?", "Oliver Grant", "cue-adjacent"},
		{"Most of them are bruised,", "Lucy Penrose", "cue-adjacent"},
		{"The wind came up in the night.", "Lucy Penrose", "split-quote"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, orchardVisit)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a woman named in the narration after the old talk answers, not the grandmother (-want +got):\n%s", diff)
	}
}
