package speaker_test

import "testing"

func TestNewsCalendarFirstNames(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a month that is a given name",
			reason: `"Jan Kowal" is a full name: "Jan" written without a stop before a surname is no month`,
			text:   `"The border stays open," said Jan Kowal, the harbour master.`,
			want:   []attributed{{"The border stays open,", "Jan Kowal", "cue-adjacent"}},
		},
		{
			name:   "a month after a preposition stays a date",
			reason: `in "In June Hollis said" the month is when, and Hollis alone speaks`,
			text:   `In June Hollis said the shipyard was "safe for now."`,
			want:   []attributed{{"safe for now.", "Hollis", "cue-sentence"}},
		},
	})
}
