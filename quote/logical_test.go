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

func TestDashInterruption(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "em dashes around a gesture",
		text:   "“Down there”—the guide waved at the gully—“this way.”",
		want:   []found{d("“Down there”"), p("“this way.”")},
		reason: "narration set off by dashes interrupts one utterance, so a short second part is a fragment of that speech, not a term",
	}, {
		name:   "typed as two hyphens",
		text:   "\"Left\"--she jabbed a finger at the map--\"then right.\"",
		want:   []found{d(`"Left"`), p(`"then right."`)},
		reason: "two hyphens stand for the dash on a typewriter",
	}, {
		name:   "a sentence between dashes is no interruption",
		text:   "The firm sold “Lumo”—the lamp. Nobody bought it—“Glow” sold instead.",
		want:   []found{tm("“Lumo”"), tm("“Glow”")},
		reason: "with a full stop inside, the dashes do not bracket one interruption",
	}})
}
