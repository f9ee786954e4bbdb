package speaker_test

import (
	"testing"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// detectedGenre returns the genre the attributor picks for text.
func detectedGenre(t *testing.T, text string) speaker.Genre {
	t.Helper()
	a, err := speaker.New(speaker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := segment.Paragraphs(text)
	qs := quote.NewDetector(quote.Options{}).FindInParagraphs(text, paras)
	return a.Attribute(text, paras, segment.Sentences(text, paras), qs).Genre
}

func TestDetectGenre(t *testing.T) {
	tests := []struct {
		name, reason, text string
		want               speaker.Genre
	}{
		{
			name:   "a call not returned",
			reason: `"was not returned" is a passive, no narrator's verb of speech: the report stays news`,
			text: "Ivo Brandt had asked for a new boiler all winter. \"They said next week, every week,\" he said.\n\n" +
				"The agency said it \"answers every request.\" A call to its manager was not returned.",
			want: speaker.GenreNews,
		},
		{
			name:   "a column in the first person",
			reason: `a columnist's "my" is outweighed by the words of public life: a senator, an agency's data`,
			text: "My neighbour Tess Ambler swears the new bus lanes \"ruin the high street.\"\n\n" +
				"Senator Vic Orr agrees. But the transport agency's data show more shoppers, not fewer.",
			want: speaker.GenreNews,
		},
		{
			name:   "a narrator's verb",
			reason: `"returned Ivo" with no "be" before it is a novel's cue`,
			text:   "\"Where were you?\" asked Mara.\n\n\"Out,\" returned Ivo.\n\n\"Out where?\"\n\n\"Just out,\" he muttered.",
			want:   speaker.GenreFiction,
		},
		{
			name:   "unnamed sources and reported speech",
			reason: `"said she would", "said they expected" open reported speech, not an inverted cue; "people familiar with", "an aide briefed on" are news sourcing`,
			text: "The mayor means to step down before her term ends, two people familiar with her thinking said.\n\n" +
				"An aide briefed on the plan said she would tell the council first. Another person said they expected an announcement soon.\n\n" +
				"\"I think my time is up,\" she told a friend, the aide said.",
			want: speaker.GenreNews,
		},
		{
			name:   "a dateline",
			reason: `a place in capitals and a dash open a news item; the past-tense "said he would" is reported speech`,
			text: "OSLO — The ferry line will cut its winter crossings, a manager said on the dock. He said he would rather keep them.\n\n" +
				"\"Nobody rides in the dark,\" the manager said. \"I have checked.\"",
			want: speaker.GenreNews,
		},
		{
			name:   "a dateline over a quoted statement in two paragraphs",
			reason: `two paragraphs of one speaker's quotation are no dialogue turns when the item opens on a dateline`,
			text: "LISBON — The tram operator will close two lines for repairs, it said on its website.\n\n" +
				"\"The rails are older than the city's oldest driver.\"\n\n\"Work starts at dawn.\"",
			want: speaker.GenreNews,
		},
		{
			name:   "unnamed sources over a quoted statement in two paragraphs",
			reason: `"people familiar with" and "an aide briefed on" mark news sourcing, which outweighs one run of quotation paragraphs`,
			text: "The airline will drop its night flights, people familiar with the plan said. An aide briefed on the talks agreed.\n\n" +
				"\"Nobody flies at three in the morning.\"\n\n\"Except the crews.\"",
			want: speaker.GenreNews,
		},
		{
			name:   "a chapter heading with a dash",
			reason: `"CHAPTER IX —" is a book's heading, not a dateline; "said he" after a quotation stays a narrator's inversion`,
			text:   "CHAPTER IX — The Mill\n\n\"Is it shut?\" said he.\n\n\"Since noon.\"",
			want:   speaker.GenreFiction,
		},
		{
			name:   "an inversion ending its clause",
			reason: `"said he" followed by the end of the sentence is an inverted cue even away from the quotation`,
			text:   "My uncle kept bees. \"They know me,\" he told me once, and then, said he, \"they forgive me.\"",
			want:   speaker.GenreFiction,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectedGenre(t, tt.text); got != tt.want {
				t.Errorf("%s: got %v, want %v", tt.reason, got, tt.want)
			}
		})
	}
}
