package punktbench

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/quoteattr/quoteattr/internal/segment"
)

// shared is the folder of gold and benchmark data beside the repository.
var shared = filepath.Join("..", "..", "..", "..", "shared")

// punkt returns the English Punkt tokenizer with its bundled training.
func punkt(tb testing.TB) *sentences.DefaultSentenceTokenizer {
	tb.Helper()
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return tok
}

// segmentSentences returns the sentences of text as internal/segment
// finds them.
func segmentSentences(text string) []string {
	var out []string
	for _, s := range segment.Sentences(text, segment.Paragraphs(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// punktSentences returns the sentences of text as Punkt finds them,
// trimmed.
func punktSentences(tok *sentences.DefaultSentenceTokenizer, text string) []string {
	var out []string
	for _, s := range tok.Tokenize(text) {
		if t := strings.TrimSpace(s.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// texts returns the benchmark texts by name: news written for the
// segment tests, repeated to about 1 MB, and the novels of the shared
// corpus when present.
func texts(tb testing.TB) map[string]string {
	tb.Helper()
	news, err := os.ReadFile(filepath.Join("..", "testdata", "news.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{"news": strings.Repeat(string(news)+"\n\n", 1<<20/len(news))}
	if novels, err := os.ReadFile(filepath.Join(shared, "bench", "corpus", "novels.txt")); err == nil {
		out["novels"] = string(novels)
	}
	return out
}

// BenchmarkCompare runs both segmenters on each text: quoteattr finds
// paragraphs then sentences, Punkt tokenizes the whole text.
func BenchmarkCompare(b *testing.B) {
	all := texts(b)
	tok := punkt(b)
	for _, name := range []string{"news", "novels"} {
		text, ok := all[name]
		b.Run(name+"/quoteattr", func(b *testing.B) {
			if !ok {
				b.Skip("corpus not available")
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				segment.Sentences(text, segment.Paragraphs(text))
			}
		})
		b.Run(name+"/punkt", func(b *testing.B) {
			if !ok {
				b.Skip("corpus not available")
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tok.Tokenize(text)
			}
		})
	}
}

// TestGoldenRules reports the Golden Rules pass count of both segmenters
// and requires internal/segment to pass every rule Punkt passes:
// the comparison is why this module exists.
func TestGoldenRules(t *testing.T) {
	f, err := os.Open(filepath.Join(shared, "sbd", "golden_rules.jsonl"))
	if err != nil {
		t.Skipf("golden rules not available: %v", err)
	}
	defer f.Close()
	tok := punkt(t)
	total, ours, theirs := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct {
			Text     string   `json:"text"`
			Expected []string `json:"expected"`
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("golden rules case %d: %v", total+1, err)
		}
		total++
		if slices.Equal(segmentSentences(c.Text), c.Expected) {
			ours++
		}
		if slices.Equal(punktSentences(tok, c.Text), c.Expected) {
			theirs++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("golden rules: quoteattr %d/%d, punkt %d/%d", ours, total, theirs, total)
	if total == 0 || ours < theirs {
		t.Errorf("golden rules: quoteattr passes %d of %d, Punkt %d: want at least as many as Punkt", ours, total, theirs)
	}
}
