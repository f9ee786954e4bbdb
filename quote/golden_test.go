package quote_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenQuote is a quotation as the golden files record it.
type goldenQuote struct {
	Text     string           `json:"text"`
	Kind     quote.Kind       `json:"kind"`
	Depth    int              `json:"depth,omitempty"`
	Unclosed bool             `json:"unclosed,omitempty"`
	Style    quote.Convention `json:"style"`
	Parts    []string         `json:"parts,omitempty"`
}

// TestGolden compares what the detector finds in the texts of
// testdata/golden with the .json file next to each (go test -update
// rewrites them; review the diff before committing).
func TestGolden(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no golden texts: %v", err)
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			got := goldenQuotes(text, quote.Find(text))
			path := strings.TrimSuffix(name, ".txt") + ".json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			var want []goldenQuote
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func goldenQuotes(text string, qs []quote.Quote) []goldenQuote {
	out := []goldenQuote{}
	for _, q := range qs {
		g := goldenQuote{Text: q.Span.Text(text), Kind: q.Kind, Depth: q.Depth, Unclosed: q.Unclosed, Style: q.Style}
		for _, p := range q.Parts {
			g.Parts = append(g.Parts, p.Text(text))
		}
		out = append(out, g)
	}
	return out
}
