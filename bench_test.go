package quoteattr_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/quoteattr/quoteattr"
)

// The benchmarks. Run them all with
//
//	go test -run '^$' -bench . -benchmem
//
// BenchmarkHostile analyses every hostile shape at the size the robustness
// issue names (a 50 MB paragraph, 1,000,000 quotation marks of each kind,
// 100,000 one-word paragraphs...) and at a quarter of it, so one run shows
// both the MB/s next to BenchmarkAnalyze's ordinary prose and how time
// grows with size: a linear shape takes about 4× as long at full size as
// at a quarter. Narrow it with -bench 'Hostile/no-newline'.

// benchAnalyze analyses text once untimed and checks the Document's
// invariants, then times Analyze with the text's size and allocations
// reported.
func benchAnalyze(b *testing.B, text string) {
	checkAnalysis(b, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quoteattr.Analyze(text)
	}
}

// BenchmarkAnalyze measures ordinary prose: news and fiction written for
// the tests, and the novels of ../shared/bench/corpus when present.
func BenchmarkAnalyze(b *testing.B) {
	b.Run("prose-1MB", func(b *testing.B) { benchAnalyze(b, repeatTo(ordinaryProse, 1<<20)) })
	for _, name := range []string{"pride.txt", "novels.txt"} {
		b.Run(name, func(b *testing.B) {
			text, err := os.ReadFile(filepath.Join("..", "shared", "bench", "corpus", name))
			if err != nil {
				b.Skipf("no shared corpus: %v", err)
			}
			benchAnalyze(b, string(text))
		})
	}
}

// BenchmarkHostile measures every hostile shape at a quarter of its full
// size and at full size.
func BenchmarkHostile(b *testing.B) {
	for _, sh := range hostileShapes() {
		b.Run(sh.name, func(b *testing.B) {
			for _, n := range []int{sh.full / 4, sh.full} {
				if n == 0 && sh.full != 0 {
					continue
				}
				b.Run(sizeName(n), func(b *testing.B) { benchAnalyze(b, sh.gen(n)) })
			}
		})
	}
}

// BenchmarkNew measures building an Analyzer (the lexicons are parsed once
// per process, so this is the per-Analyzer cost).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quoteattr.New(quoteattr.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// sizeName names a size for a sub-benchmark: 512KB, 50MB, 6000000B.
func sizeName(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
