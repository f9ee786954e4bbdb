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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectedGenre(t, tt.text); got != tt.want {
				t.Errorf("%s: got %v, want %v", tt.reason, got, tt.want)
			}
		})
	}
}
