package speaker_test

import "testing"

func TestNewsPullQuote(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a pull quote signed with a time",
			reason: `"“Q.” — Name, in May": the signature's capitals do not make the paragraph a heading`,
			text:   "The ferry will stop in June.\n\n\"Every island needs its boat.\" — Tove Lindqvist, in May",
			want:   []attributed{{"Every island needs its boat.", "Tove Lindqvist", "dash"}},
		},
		{
			name:   "a pull quote signed with a gerund",
			reason: `"“Q.” — Name, speaking at the launch": the dash names the speaker`,
			text:   "The ferry will stop in June.\n\n\"We will fight this.\" — Arne Solli, speaking at the Harbour Hall",
			want:   []attributed{{"We will fight this.", "Arne Solli", "dash"}},
		},
	})
}
