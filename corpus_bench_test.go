package quoteattr_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/quoteattr/quoteattr"
)

// newsBatches are the batches of news articles the corpus benchmarks
// analyse: the PolNeAR training articles when ../shared is there (read in
// place, never copied), and always the news texts written for the attribute
// command's tests.
var newsBatches = []struct {
	name  string
	paths []string
}{
	{"polnear", []string{"../shared/eval/dev/news-polnear-train.jsonl"}},
	{"written", []string{"examples/attribute/testdata/harbor.txt", "examples/attribute/testdata/news.jsonl"}},
}

// loadBatch reads the documents of paths: the "text" of every line of a
// .jsonl file, a whole file otherwise. It skips the benchmark when a file
// is missing.
func loadBatch(b *testing.B, paths []string) (docs []string, size int64) {
	b.Helper()
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Skip(err)
		}
		if filepath.Ext(path) != ".jsonl" {
			docs = append(docs, string(data))
			size += int64(len(data))
			continue
		}
		for line := range bytes.Lines(data) {
			var d struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(line, &d); err != nil {
				b.Fatalf("%s: %v", path, err)
			}
			docs = append(docs, d.Text)
			size += int64(len(d.Text))
		}
	}
	return docs, size
}

// BenchmarkAnalyzeNewsBatch analyses a batch of news articles one after
// another with one Analyzer, as one corpus worker does. One op is the
// whole batch; allocs/doc and B/doc are per article.
func BenchmarkAnalyzeNewsBatch(b *testing.B) {
	for _, batch := range newsBatches {
		b.Run(batch.name, func(b *testing.B) {
			docs, size := loadBatch(b, batch.paths)
			a := newAnalyzer(b)
			b.SetBytes(size)
			b.ReportAllocs()
			before := memStats()
			for b.Loop() {
				for _, d := range docs {
					a.Analyze(d)
				}
			}
			reportPerDoc(b, before, len(docs))
		})
	}
}

// BenchmarkAnalyzeNewsBatchParallel analyses the batch on GOMAXPROCS
// goroutines sharing one Analyzer: with -cpu 1,2 it gives the library's
// speed-up from one core to two, and under -race it checks that the
// Analyzer is safe for concurrent use.
func BenchmarkAnalyzeNewsBatchParallel(b *testing.B) {
	for _, batch := range newsBatches {
		b.Run(batch.name, func(b *testing.B) {
			docs, size := loadBatch(b, batch.paths)
			a := newAnalyzer(b)
			b.SetBytes(size)
			b.ReportAllocs()
			before := memStats()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					for _, d := range docs {
						a.Analyze(d)
					}
				}
			})
			reportPerDoc(b, before, len(docs))
		})
	}
}

func newAnalyzer(b *testing.B) *quoteattr.Analyzer {
	a, err := quoteattr.New(quoteattr.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return a
}

func memStats() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

// reportPerDoc reports the allocations per document since before.
func reportPerDoc(b *testing.B, before runtime.MemStats, perOp int) {
	after := memStats()
	n := float64(b.N) * float64(perOp)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/doc")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/doc")
}
