package quote_test

import "testing"

func TestCommaOutsideSplit(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "straight single marks",
		text:   "'Mind the horses', said the groom, 'they kick.'",
		want:   []found{d("'Mind the horses'"), d("'they kick.'")},
		reason: "with the comma outside the closing mark, the part after the cue still continues the speech",
	}, {
		name:   "curly marks in a news report",
		text:   "‘We will not back down’, the union leader said, ‘whatever the cost to members.’",
		want:   []found{d("‘We will not back down’"), d("‘whatever the cost to members.’")},
		reason: "British papers put the comma outside; the second half is direct speech, not a fragment",
	}, {
		name:   "no cue between",
		text:   "The shop sold ‘fresh’, ‘local’ and ‘seasonal’ fruit.",
		want:   []found{tm("‘fresh’"), tm("‘local’"), tm("‘seasonal’")},
		reason: "a comma outside the mark with no speech verb after it is a list, not a split utterance",
	}})
}
