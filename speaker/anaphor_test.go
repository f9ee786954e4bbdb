package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

func TestNewsRoleAnaphor(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a role noun after a name in the paragraph",
			reason: `"Odile Brun was asked ... the keeper said": the plain role noun goes back to the name`,
			text:   "Odile Brun was asked about the final. \"The save was luck,\" the keeper said.",
			want:   []attributed{{"The save was luck,", "Odile Brun", "cue-adjacent"}},
		},
		{
			name:   "a description of the named person in between",
			reason: `"Ines Kahle, the captain, ..." then "the defender said": the apposition is Kahle, so it does not block`,
			text:   "Ines Kahle, the captain, was booked twice. \"I owe the team a goal,\" the defender said.",
			want:   []attributed{{"I owe the team a goal,", "Ines Kahle", "cue-adjacent"}},
		},
		{
			name:   "an age standing as the subject",
			reason: `"The 29-year-old struck twice" opens the paragraph for the name before it; "the striker" goes back to it`,
			text: "Two goals from Idris Mbeki sank the visitors.\n\n" +
				"The 29-year-old struck twice before the break. \"I just kept running,\" the striker said.",
			want: []attributed{{"I just kept running,", "Idris Mbeki", "cue-adjacent"}},
		},
		{
			name:   "another description in between",
			reason: `"a neighbour" stands between the name and "the pensioner": no link`,
			text:   "Odile Brun lost her shed in the storm, and a neighbour lost his roof. \"It was terrifying,\" the pensioner said.",
			want:   []attributed{{"It was terrifying,", "the pensioner", "cue-adjacent"}},
		},
		{
			name:   "a plain person noun",
			reason: `"the woman said" introduces someone unnamed as often as it goes back`,
			text:   "Police questioned Odile Brun at the scene. \"I saw nothing,\" the woman said.",
			want:   []attributed{{"I saw nothing,", "the woman", "cue-adjacent"}},
		},
		{
			name:   "no name in the paragraph",
			reason: `"the official said" with nobody named before it in the paragraph is its own speaker`,
			text:   "Odile Brun won the seat.\n\n\"Turnout was low,\" the official said.",
			want:   []attributed{{"Turnout was low,", "the official", "cue-adjacent"}},
		},
	})
}

// TestNewsRoleInApposition checks that a role named inside an apposition
// ("Ivo Rask, a spokesman for the governor,") is not the named person: the
// apposition stands for Rask only in later sentences.
func TestNewsRoleInApposition(t *testing.T) {
	text := "According to Ivo Rask, a spokesman for the governor, the state \"has every confidence\" in the plan.\n\n" +
		"\"The governor has read it,\" Rask said."
	a, err := speaker.New(speaker.Options{Genre: speaker.GenreNews})
	if err != nil {
		t.Fatal(err)
	}
	paras := segment.Paragraphs(text)
	res := a.Attribute(text, paras, segment.Sentences(text, paras), quote.NewDetector(quote.Options{}).FindInParagraphs(text, paras))
	var got []string
	for _, e := range res.Entities {
		if e.Name != "Ivo Rask" {
			continue
		}
		for _, m := range e.Mentions {
			got = append(got, m.Span.Text(text))
		}
	}
	want := []string{"Ivo Rask", "a spokesman", "Rask"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions of Ivo Rask (-want +got):\n%s", diff)
	}
}
