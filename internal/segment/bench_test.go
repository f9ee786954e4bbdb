package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// novelsPath is the benchmark corpus of public-domain novels (about
// 2.5 MB, hard-wrapped), kept outside the repository.
var novelsPath = filepath.Join("..", "..", "..", "shared", "bench", "corpus", "novels.txt")

// benchTexts returns the benchmark texts: the novels when present, and
// news written for these tests repeated to about 1 MB.
func benchTexts(b *testing.B) map[string]string {
	b.Helper()
	news, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	texts := map[string]string{"news": strings.Repeat(string(news)+"\n\n", 1<<20/len(news))}
	if novels, err := os.ReadFile(novelsPath); err == nil {
		texts["novels"] = string(novels)
	}
	return texts
}

// benchNames lists the texts in a fixed order.
var benchNames = []string{"news", "novels"}

// eachBenchText runs f as a sub-benchmark per text, skipping the novels
// when they are absent.
func eachBenchText(b *testing.B, f func(b *testing.B, text string)) {
	texts := benchTexts(b)
	for _, name := range benchNames {
		b.Run(name, func(b *testing.B) {
			text, ok := texts[name]
			if !ok {
				b.Skip("corpus not available")
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			f(b, text)
		})
	}
}

// BenchmarkSegment measures what the pipeline runs: paragraphs, then
// sentences.
func BenchmarkSegment(b *testing.B) {
	eachBenchText(b, func(b *testing.B, text string) {
		for b.Loop() {
			Sentences(text, Paragraphs(text))
		}
	})
}

func BenchmarkParagraphs(b *testing.B) {
	eachBenchText(b, func(b *testing.B, text string) {
		for b.Loop() {
			Paragraphs(text)
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	eachBenchText(b, func(b *testing.B, text string) {
		paras := Paragraphs(text)
		for b.Loop() {
			Sentences(text, paras)
		}
	})
}

func BenchmarkSentenceSeq(b *testing.B) {
	eachBenchText(b, func(b *testing.B, text string) {
		paras := Paragraphs(text)
		for b.Loop() {
			for range SentenceSeq(text, paras) {
			}
		}
	})
}

// BenchmarkHostile runs the hostile inputs, whose speed in MB/s must not
// fall with their size.
func BenchmarkHostile(b *testing.B) {
	for _, c := range hostileCases {
		b.Run(c.name, func(b *testing.B) {
			text := c.text()
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Sentences(text, Paragraphs(text))
			}
		})
	}
}
