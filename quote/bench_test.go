package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
)

// repeatTo repeats s, separated by blank lines, until it is at least n
// bytes long.
func repeatTo(s string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	return b.String()
}

// readGolden returns testdata/golden/NAME.txt, a text written for the
// tests: a news story with about as many quotations per kilobyte as wire
// copy, and a stretch of fiction with about as much dialogue as a novel.
func readGolden(tb testing.TB, name string) string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "golden", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// benchText loads a named benchmark text.
func benchText(b *testing.B, name string) string {
	b.Helper()
	switch name {
	case "news", "dialogue":
		return repeatTo(readGolden(b, name), 4<<20)
	case "novels":
		data, err := os.ReadFile("../../shared/bench/corpus/novels.txt")
		if err != nil {
			b.Skip("../shared/bench/corpus/novels.txt not found")
		}
		return string(data)
	}
	panic("unknown benchmark text " + name)
}

// hostileText returns inputs built to defeat a quotation finder: a million
// unbalanced marks of one kind or of every kind, and ordinary prose in one
// paragraph of 50 MB.
func hostileText(b *testing.B, name string) string {
	switch name {
	case "openers":
		return strings.Repeat("“a ", 1_000_000)
	case "closers":
		return strings.Repeat("a” ", 1_000_000)
	case "straight":
		return strings.Repeat(`x "y `, 1_000_000)
	case "apostrophes":
		return strings.Repeat("'a ", 1_000_000)
	case "mixed":
		return strings.Repeat("“a ‘b «c ‹d „e ‚f 「g 『h ", 125_000)
	case "paragraph50MB":
		oneParagraph := strings.ReplaceAll(readGolden(b, "news"), "\n\n", " ") + " "
		return strings.Repeat(oneParagraph, 50<<20/len(oneParagraph))
	}
	panic("unknown hostile text " + name)
}

// BenchmarkDetect measures detection alone: paragraphs are split before
// the timer starts.
func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{"news", "dialogue", "novels"} {
		b.Run(name, func(b *testing.B) {
			text := benchText(b, name)
			benchDetect(b, text)
		})
	}
}

// BenchmarkDetectHostile measures detection alone on hostile input; its
// MB/s stays within a small factor of BenchmarkDetect's.
func BenchmarkDetectHostile(b *testing.B) {
	for _, name := range []string{"openers", "closers", "straight", "apostrophes", "mixed", "paragraph50MB"} {
		b.Run(name, func(b *testing.B) {
			benchDetect(b, hostileText(b, name))
		})
	}
}

func benchDetect(b *testing.B, text string) {
	d := quote.NewDetector(quote.Options{})
	paras := segment.Paragraphs(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	start := cpuTime()
	for b.Loop() {
		n = len(d.FindInParagraphs(text, paras))
	}
	reportCPU(b, len(text), cpuTime()-start)
	b.ReportMetric(float64(n), "quotes")
}

// reportCPU reports the throughput in CPU time ("cpu-MB/s"), which a
// loaded machine does not distort as it does MB/s. The garbage collector
// runs on other threads too, so it can exceed MB/s on an idle machine.
func reportCPU(b *testing.B, size int, cpu time.Duration) {
	if cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkFind measures Find, paragraph splitting included.
func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"news", "dialogue", "novels"} {
		b.Run(name, func(b *testing.B) {
			text := benchText(b, name)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				quote.Find(text)
			}
			reportCPU(b, len(text), cpuTime()-start)
		})
	}
}
