package speaker_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldenQuote is what the golden files record of each quotation.
type goldenQuote struct {
	Quote      string  `json:"quote"`
	Kind       string  `json:"kind"`
	Speaker    string  `json:"speaker,omitempty"`
	Addressee  string  `json:"addressee,omitempty"`
	Mention    string  `json:"mention,omitempty"`
	Cue        string  `json:"cue,omitempty"`
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}

// TestGolden attributes every testdata/*.txt and compares the result with
// its .golden.json file (refresh with go test -run TestGolden -update).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	a, err := speaker.New(speaker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenOf(a, string(raw))
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want []goldenQuote
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("attribution of %s changed (-want +got):\n%s", f, diff)
			}
		})
	}
}

// goldenOf runs the pipeline on text and records every quotation.
func goldenOf(a *speaker.Attributor, text string) []goldenQuote {
	paras := segment.Paragraphs(text)
	qs := quote.NewDetector(quote.Options{}).FindInParagraphs(text, paras)
	res := a.Attribute(text, paras, segment.Sentences(text, paras), qs)
	out := []goldenQuote{}
	for i, q := range qs {
		at := res.Attributions[i]
		g := goldenQuote{Quote: q.Span.Text(text), Kind: q.Kind.String(), Rule: at.Rule.String(),
			Confidence: at.Confidence, Mention: at.Mention.Text(text), Cue: at.Cue.Text(text)}
		if at.Speaker >= 0 {
			g.Speaker = res.Entities[at.Speaker].Name
		}
		if at.Addressee >= 0 {
			g.Addressee = res.Entities[at.Addressee].Name
		}
		out = append(out, g)
	}
	return out
}
