package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// attributed is one quotation's outcome, as the tests compare it.
type attributed struct {
	Quote   string
	Speaker string
	Rule    string
}

// fictionCase is one fiction attribution pattern and what it must yield.
type fictionCase struct {
	name, reason, text string
	want               []attributed
}

// runFictionCases attributes each case's text as fiction and compares.
func runFictionCases(t *testing.T, tests []fictionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// runAttributor runs the pipeline's first stages and the attributor on
// text and returns the quotations with the result.
func runAttributor(t *testing.T, opts speaker.Options, text string) ([]quote.Quote, speaker.Result) {
	t.Helper()
	a, err := speaker.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	paras := segment.Paragraphs(text)
	qs := quote.NewDetector(quote.Options{}).FindInParagraphs(text, paras)
	return qs, a.Attribute(text, paras, segment.Sentences(text, paras), qs)
}

// attribute runs the pipeline's first stages and the attributor on text
// and returns every top-level, non-term quotation with its speaker.
func attribute(t *testing.T, opts speaker.Options, text string) []attributed {
	t.Helper()
	qs, res := runAttributor(t, opts, text)
	var out []attributed
	for i, q := range qs {
		if q.Depth > 0 || q.Kind == quote.Term {
			continue
		}
		at := res.Attributions[i]
		name := ""
		if at.Speaker >= 0 {
			name = res.Entities[at.Speaker].Name
		}
		out = append(out, attributed{Quote: q.Content.Text(text), Speaker: name, Rule: at.Rule.String()})
	}
	return out
}

func TestCuePositions(t *testing.T) {
	tests := []struct {
		name, reason, text string
		want               []attributed
	}{
		{
			name:   "quote then name then verb",
			reason: `"Q," X said is the commonest news pattern`,
			text:   `"The bridge will open in May," Mayor Ellen Park said.`,
			want:   []attributed{{"The bridge will open in May,", "Ellen Park", "cue-adjacent"}},
		},
		{
			name:   "quote then verb then name",
			reason: `inversion: "Q," said X`,
			text:   `"We are not finished," said Tomas Herrera, the team's coach.`,
			want:   []attributed{{"We are not finished,", "Tomas Herrera", "cue-adjacent"}},
		},
		{
			name:   "name verb comma quote",
			reason: `X said, "Q."`,
			text:   `Senator Ruth Alvarez said, "This bill protects renters."`,
			want:   []attributed{{"This bill protects renters.", "Ruth Alvarez", "cue-adjacent"}},
		},
		{
			name:   "name verb colon quote",
			reason: `X told reporters: "Q"`,
			text:   `Dr. Amir Haddad told reporters: "The vaccine works."`,
			want:   []attributed{{"The vaccine works.", "Amir Haddad", "cue-adjacent"}},
		},
		{
			name:   "question with adverb",
			reason: `"Q?" X asked rhetorically`,
			text:   `"Who pays for this?" Gov. Lena Moss asked rhetorically.`,
			want:   []attributed{{"Who pays for this?", "Lena Moss", "cue-adjacent"}},
		},
		{
			name:   "apposition between name and verb",
			reason: `"Q," X, the Y of Z, said`,
			text:   `"Prices will fall," Henry Osei, the chief economist at the bank, said on Monday.`,
			want:   []attributed{{"Prices will fall,", "Henry Osei", "cue-adjacent"}},
		},
		{
			name:   "partial quote in reported speech",
			reason: `X said that … "Q" takes the subject of said`,
			text:   `Governor Paula Reyes said Monday that the state would "fight to the end" for the plant.`,
			want:   []attributed{{"fight to the end", "Paula Reyes", "cue-sentence"}},
		},
		{
			name:   "split quote",
			reason: `"Q," X said. "Q2." gives Q2 to X`,
			text:   `"We tried," Coach Dana Whitfield said. "Nobody can say we did not."`,
			want: []attributed{
				{"We tried,", "Dana Whitfield", "cue-adjacent"},
				{"Nobody can say we did not.", "Dana Whitfield", "split-quote"},
			},
		},
		{
			name:   "according to",
			reason: `"according to X" after the quote`,
			text:   `The storm was "the worst in a century," according to meteorologist Ivan Petrov.`,
			want:   []attributed{{"the worst in a century,", "Ivan Petrov", "according-to"}},
		},
		{
			name:   "verbs joined by and",
			reason: "the subject of the first verb speaks through the second",
			text:   `Mayor Dana Ortiz toured the flooded streets and said the damage was "worse than 2011."`,
			want:   []attributed{{"worse than 2011.", "Dana Ortiz", "cue-sentence"}},
		},
		{
			name:   "inverted cue with a determiner",
			reason: `"Q," said a X: the description after the article speaks`,
			text:   `"We will not forget this," said a Vermont farmer.`,
			want:   []attributed{{"We will not forget this,", "a Vermont farmer", "cue-adjacent"}},
		},
		{
			name:   "object after the verb is not the speaker",
			reason: `in "X urged voters to …" the voters are the object`,
			text:   `Senator Ana Lind on Tuesday urged voters to "send a message" in November.`,
			want:   []attributed{{"send a message", "Ana Lind", "cue-sentence"}},
		},
		{
			name:   "gerund after the main clause",
			reason: `"X did …, saying …": the subject of the main clause speaks, whatever its name ends in`,
			text:   `Carly Weston backed the bill on Monday, saying it was "long overdue."`,
			want:   []attributed{{"long overdue.", "Carly Weston", "cue-sentence"}},
		},
		{
			name:   "absolute construction",
			reason: `"with X telling reporters …": the name before the gerund speaks`,
			text:   `The vote was delayed, with Senator Paul Manning telling reporters the bill was "dead on arrival."`,
			want:   []attributed{{"dead on arrival.", "Paul Manning", "cue-sentence"}},
		},
		{
			name:   "names inside the quote are not speakers",
			reason: "a name inside the quotation never speaks it",
			text:   `"I spoke to Minister Lavrenti Okoye this morning," Ambassador Carla Benz said.`,
			want:   []attributed{{"I spoke to Minister Lavrenti Okoye this morning,", "Carla Benz", "cue-adjacent"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestSpeakerKinds(t *testing.T) {
	tests := []struct {
		name, reason, text string
		want               []attributed
	}{
		{
			name:   "organisation",
			reason: "an organisation speaks through a speech verb",
			text:   `"The report is accurate," the Transport Ministry said in a statement.`,
			want:   []attributed{{"The report is accurate,", "Transport Ministry", "cue-adjacent"}},
		},
		{
			name:   "possessive office",
			reason: `"X's office said": the office speaks`,
			text:   `"The senator has no comment," Senator Luis Vega's office said.`,
			want:   []attributed{{"The senator has no comment,", "Senator Luis Vega's office", "cue-adjacent"}},
		},
		{
			name:   "group",
			reason: "a plural noun speaks as a group",
			text:   `"We were never consulted," residents said at the meeting.`,
			want:   []attributed{{"We were never consulted,", "residents", "cue-adjacent"}},
		},
		{
			name:   "dash attribution",
			reason: `"Q" — X gives the quotation to X`,
			text:   `"Data beats opinion every time." — Professor Hannah Kim`,
			want:   []attributed{{"Data beats opinion every time.", "Hannah Kim", "dash"}},
		},
		{
			name:   "colon after a name",
			reason: `X: "Q" gives the quotation to X`,
			text:   `Mayor Felix Grant: "The budget is balanced."`,
			want:   []attributed{{"The budget is balanced.", "Felix Grant", "colon"}},
		},
		{
			name:   "colon after a clause",
			reason: `"He put it this way:" introduces the quotation; "he" is the chief executive`,
			text:   "Chief Executive Omar Haddad was blunt.\n\nHe put it this way: \"We are selling the plant.\"",
			want:   []attributed{{"We are selling the plant.", "Omar Haddad", "cue-adjacent"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		name, reason, text string
		want               []attributed
	}{
		{
			name:   "surname alias",
			reason: "a surname joins the full name seen before",
			text: "Secretary of Labor Janet K. Moreno spoke on Friday.\n\n" +
				`"Wages are rising," Moreno said.`,
			want: []attributed{{"Wages are rising,", "Janet K. Moreno", "cue-adjacent"}},
		},
		{
			name:   "pronoun after a name",
			reason: `"he said" resolves to the most recent man`,
			text: "Inspector Paul Grant visited the site on Tuesday.\n\n" +
				`"It is worse than we feared," he said.`,
			want: []attributed{{"It is worse than we feared,", "Paul Grant", "cue-adjacent"}},
		},
		{
			name:   "pronoun gender",
			reason: `"she said" skips the more recent man`,
			text: "Maria Lopez met Tom Baker at the station.\n\n" +
				`"The trains are late again," she said.`,
			want: []attributed{{"The trains are late again,", "Maria Lopez", "cue-adjacent"}},
		},
		{
			name:   "title to holder",
			reason: `"the senator" is the senator named before`,
			text: "Senator Walter Briggs toured the plant.\n\n" +
				`"This is a good day," the senator said.`,
			want: []attributed{{"This is a good day,", "Walter Briggs", "cue-adjacent"}},
		},
		{
			name:   "continuation paragraph",
			reason: "a paragraph that is only a quotation continues the speaker before (news)",
			text: `"We will rebuild," Mayor Irene Cho said.` + "\n\n" +
				`"And we will do it together."` + "\n\n" +
				"The council meets on Thursday.",
			want: []attributed{
				{"We will rebuild,", "Irene Cho", "cue-adjacent"},
				{"And we will do it together.", "Irene Cho", "continuation"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
