package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	streamMB    = flag.Int("stream-mb", 300, "megabytes of generated JSONL for BenchmarkStreamMemory")
	streamBigMB = flag.Int("stream-big-mb", 8, "megabytes of the large documents among them (0: none)")
)

// BenchmarkJSONL runs the command on 16 MB of generated news in memory
// (articles of 1.5 to 4.5 KB) with 1 worker, 2 workers and one per core,
// to show how throughput scales with workers.
func BenchmarkJSONL(b *testing.B) {
	input, err := io.ReadAll(&corpusReader{gen: newNewsGen(4), size: 16 << 20, docBytes: 3000})
	if err != nil {
		b.Fatal(err)
	}
	for _, j := range workerCounts() {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				runOrFail(b, []string{"-jsonl", "-j", strconv.Itoa(j)}, bytes.NewReader(input))
			}
		})
	}
}

// BenchmarkStreamMemory streams -stream-mb megabytes (default 300) of
// generated JSONL through the command with one worker per core: articles
// of about 4 KB, and one of -stream-big-mb megabytes (default 8) every
// 2,000. It reports the peak heap and, where the system tells it, the
// process's peak resident memory. Both stay near a constant times the
// largest document times the workers, whatever -stream-mb. Run it on its
// own:
//
//	go test -run '^$' -bench StreamMemory -benchtime 1x ./examples/attribute
func BenchmarkStreamMemory(b *testing.B) {
	size := int64(*streamMB) << 20
	bigDoc := *streamBigMB << 20
	bigEvery := 2000
	if bigDoc == 0 {
		bigEvery = 0
	}
	j := runtime.GOMAXPROCS(0)
	b.SetBytes(size)
	b.ReportAllocs()
	w := watchHeap()
	for b.Loop() {
		corpus := &corpusReader{gen: newNewsGen(5), size: size, docBytes: 4000, bigBytes: bigDoc, bigEvery: bigEvery}
		runOrFail(b, []string{"-jsonl", "-j", strconv.Itoa(j)}, corpus)
	}
	b.ReportMetric(float64(w.stop())/1e6, "peak-heap-MB")
	b.ReportMetric(float64(max(bigDoc, 6000))/1e6, "largest-doc-MB")
	b.ReportMetric(float64(j), "workers")
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/1e6, "peak-RSS-MB")
	}
}

// workerCounts is 1, 2 and one per core, without repeats.
func workerCounts() []int {
	counts := []int{1, 2}
	if n := runtime.GOMAXPROCS(0); n > 2 {
		counts = append(counts, n)
	}
	return counts
}

// runOrFail runs the command with its output discarded.
func runOrFail(b *testing.B, args []string, stdin io.Reader) {
	var stderr bytes.Buffer
	if exit := run(args, stdin, io.Discard, &stderr); exit != 0 {
		b.Fatalf("run(%q) = %d: %s", args, exit, stderr.String())
	}
}

// heapWatch samples the bytes of heap objects (live or not yet swept)
// until stopped, keeping the largest sample.
type heapWatch struct {
	quit chan struct{}
	peak chan uint64
}

func watchHeap() *heapWatch {
	w := &heapWatch{quit: make(chan struct{}), peak: make(chan uint64)}
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-tick.C:
			case <-w.quit:
				w.peak <- peak
				return
			}
		}
	}()
	return w
}

// stop returns the peak.
func (w *heapWatch) stop() uint64 {
	close(w.quit)
	return <-w.peak
}

// peakRSS is the process's peak resident set in bytes (VmHWM on Linux),
// or 0 when the system does not say.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
