package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestOutputOrderAcrossWorkers checks that the output does not depend on
// the number of workers: documents of very different sizes finish out of
// order, and must still be written in input order.
func TestOutputOrderAcrossWorkers(t *testing.T) {
	size := int64(400 << 10)
	if testing.Short() {
		size = 100 << 10
	}
	input, err := io.ReadAll(&corpusReader{gen: newNewsGen(1), size: size, docBytes: 1500, bigBytes: 40 << 10, bigEvery: 7})
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[int]string{}
	for _, j := range []int{1, 3, 16} {
		var stdout, stderr bytes.Buffer
		if exit := run([]string{"-jsonl", "-j", fmt.Sprint(j)}, bytes.NewReader(input), &stdout, &stderr); exit != 0 {
			t.Fatalf("-j %d: exit %d: %s", j, exit, stderr.String())
		}
		outputs[j] = stdout.String()
	}
	for _, j := range []int{3, 16} {
		if diff := cmp.Diff(outputs[1], outputs[j]); diff != "" {
			t.Errorf("-j %d output differs from -j 1 (-j1 +j%d):\n%s", j, j, diff)
		}
	}
	if got, want := strings.Count(outputs[1], "\n"), bytes.Count(input, []byte("\n")); got != want {
		t.Errorf("%d output lines for %d input lines", got, want)
	}
}

// TestLongLine runs a document far longer than bufio.Scanner's 64 KB
// token limit and the 256 KB read buffer through the whole command.
func TestLongLine(t *testing.T) {
	size := 1 << 20
	if testing.Short() {
		size = 300 << 10
	}
	text := newNewsGen(2).article(size)
	input := append(jsonLine("long", text), jsonLine("after", "\u201cStill here,\u201d she said.")...)
	var stdout, stderr bytes.Buffer
	if exit := run([]string{"-jsonl"}, bytes.NewReader(input), &stdout, &stderr); exit != 0 {
		t.Fatalf("exit %d: %s", exit, stderr.String())
	}
	var got []string
	for line := range strings.Lines(stdout.String()) {
		var res struct {
			ID     string      `json:"id"`
			Quotes []jsonRange `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &res); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		for _, q := range res.Quotes {
			if res.ID == "long" && (q.Start < 0 || q.End > len(text) || q.Start >= q.End) {
				t.Errorf("quote [%d,%d) outside the %d-byte text", q.Start, q.End, len(text))
			}
		}
		got = append(got, res.ID)
	}
	if diff := cmp.Diff([]string{"long", "after"}, got); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

// TestReadLineHuge reads a 50 MB line (5 MB with -short) through a small
// buffer: no line length limit.
func TestReadLineHuge(t *testing.T) {
	n := 5 << 20
	if testing.Short() {
		n /= 10
	}
	line := bytes.Repeat([]byte("abcdefghij"), n)
	input := append(append(line, '\n'), "next"...)
	r := bufio.NewReaderSize(bytes.NewReader(input), 4096)
	got, err := readLine(r, nil)
	if err != nil || len(got) != len(line)+1 || !bytes.Equal(got[:len(line)], line) {
		t.Fatalf("readLine = %d bytes, %v; want %d bytes, nil", len(got), err, len(line)+1)
	}
	got, err = readLine(r, got[:0])
	if string(got) != "next" || err != io.EOF {
		t.Errorf("last line = %q, %v; want \"next\", EOF", got, err)
	}
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestStopsWhenOutputFails checks that a failing standard output stops
// the run with a message instead of reading the rest of the corpus.
func TestStopsWhenOutputFails(t *testing.T) {
	corpus := &corpusReader{gen: newNewsGen(3), size: 1 << 40, docBytes: 2000}
	var stderr bytes.Buffer
	exit := run([]string{"-jsonl", "-j", "2"}, corpus, &failingWriter{n: 1000}, &stderr)
	if exit != 1 || !strings.Contains(stderr.String(), "writing output: disk full") {
		t.Errorf("exit %d, stderr %q; want 1 and the write error", exit, stderr.String())
	}
	// The window lets the reader get 2 × 64 documents ahead.
	if corpus.docs > 2*windowUnitsPerWorker+10 {
		t.Errorf("read %d documents: did not stop when the output failed", corpus.docs)
	}
}

func TestStatusLine(t *testing.T) {
	tests := []struct {
		name                    string
		docs, bytes, pos, total int64
		elapsed                 time.Duration
		want                    string
		reason                  string
	}{
		{"unknown size", 1200, 30e6, 30e6, -1, 3 * time.Second,
			"attribute: 1200 docs, 30.0 MB, 10.0 MB/s", "a pipe has no size: no percentage, no ETA"},
		{"known size", 1200, 30e6, 25e6, 100e6, 5 * time.Second,
			"attribute: 1200 docs, 30.0 MB, 6.0 MB/s, 25.0%, ETA 15s", "percentage and ETA come from the stored bytes read"},
		{"nothing yet", 0, 0, 0, 100e6, 0,
			"attribute: 0 docs, 0.0 MB, 0.0 MB/s", "no ETA before the first document, and no division by zero"},
		{"overshoot", 10, 1e6, 120, 100, time.Second,
			"attribute: 10 docs, 1.0 MB, 1.0 MB/s, 100.0%, ETA 0s", "a file that grew while read never shows more than 100%"},
	}
	for _, tt := range tests {
		got := statusLine(tt.docs, tt.bytes, tt.pos, tt.total, tt.elapsed)
		if got != tt.want {
			t.Errorf("%s: statusLine = %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

// TestConsoleKeepsStatusLast checks that a message printed while a
// status line is shown goes above it and the status line is redrawn.
func TestConsoleKeepsStatusLast(t *testing.T) {
	var buf bytes.Buffer
	c := newConsole(&buf)
	c.println("before")
	c.setStatus("3 docs")
	c.println("line 7: bad")
	c.setStatus("")
	c.println("after")
	want := "before\n" + eraseLine + "3 docs" + eraseLine + "line 7: bad\n3 docs" + eraseLine + "after\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("console output (-want +got):\n%s", diff)
	}
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestProgressShowsAndClears checks that the status line appears and is
// erased when the progress stops.
func TestProgressShowsAndClears(t *testing.T) {
	buf := &syncBuffer{}
	p := startProgress(newConsole(buf), 1000)
	p.update(tally{docs: 4, bytes: 2e6}, 500)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(buf.String(), "4 docs") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	p.stop()
	got := buf.String()
	if !strings.Contains(got, "attribute: 4 docs, 2.0 MB, ") || !strings.Contains(got, "50.0%, ETA") {
		t.Errorf("status line missing from %q", got)
	}
	if !strings.HasSuffix(got, eraseLine) {
		t.Errorf("output %q does not end by erasing the status line", got)
	}
}

func TestIsTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The pseudo-terminal multiplexer is a terminal device: without it
	// every case would want false, which a function answering false to
	// everything passes.
	tty, ttyErr := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if ttyErr == nil {
		defer tty.Close()
	}
	tests := []struct {
		name, term string
		w          io.Writer
		want       bool
		reason     string
	}{
		{"buffer", "xterm", &bytes.Buffer{}, false, "not a file at all"},
		{"pipe", "xterm", w, false, "stderr piped to another program"},
		{"file", "xterm", f, false, "stderr redirected to a log file"},
		{"terminal", "xterm", tty, true, "stderr on a terminal shows the status line"},
		{"dumb terminal", "dumb", tty, false, "TERM=dumb cannot erase a line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.w == io.Writer(tty) && ttyErr != nil {
				t.Skipf("no pseudo-terminal: %v", ttyErr)
			}
			t.Setenv("TERM", tt.term)
			if got := isTerminal(tt.w); got != tt.want {
				t.Errorf("isTerminal(%s) with TERM=%s = %v, want %v (%s)", tt.name, tt.term, got, tt.want, tt.reason)
			}
		})
	}
}

func TestTotalSize(t *testing.T) {
	news, err := os.Stat("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gz, err := os.Stat("testdata/news.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	stdinFile, err := os.Open("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer stdinFile.Close()
	tests := []struct {
		name   string
		paths  []string
		stdin  io.Reader
		want   int64
		reason string
	}{
		{"files", []string{"testdata/news.jsonl", "testdata/news.jsonl.gz"}, nil, news.Size() + gz.Size(),
			"sizes as stored: a gzip file counts compressed"},
		{"stdin redirected from a file", []string{"-"}, stdinFile, news.Size(), "< corpus.jsonl has a size"},
		{"stdin pipe", []string{"testdata/news.jsonl", "-"}, strings.NewReader("x"), -1, "one input of unknown size"},
		{"missing", []string{"testdata/no-such.jsonl"}, nil, -1, "no size for a file that is not there"},
		{"directory", []string{"testdata"}, nil, -1, "a directory is no input"},
	}
	for _, tt := range tests {
		if got := totalSize(tt.paths, tt.stdin); got != tt.want {
			t.Errorf("%s: totalSize = %d, want %d (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

// TestWorkersRunTogether checks that -j N analyses N documents at once:
// each of the first N units waits inside process until all N have
// arrived, which only happens when N workers run them together.
func TestWorkersRunTogether(t *testing.T) {
	const workers = 3
	var arrived sync.WaitGroup
	arrived.Add(workers)
	timeout := time.After(time.Minute)
	process := func(u *unit, out *bytes.Buffer) (string, tally) {
		if u.line <= workers {
			arrived.Done()
			done := make(chan struct{})
			go func() { arrived.Wait(); close(done) }()
			select {
			case <-done:
			case <-timeout:
				return "fewer workers than asked for", tally{errors: 1}
			}
		}
		out.WriteString(fmt.Sprintln(u.line))
		return "", tally{docs: 1}
	}
	units := func(yield func(*unit) bool) {
		for n := 1; n <= 10 && yield(&unit{line: n}); n++ {
		}
	}
	var out, stderr bytes.Buffer
	p := &pipeline{workers: workers, process: process, con: newConsole(&stderr)}
	sum, err := p.run(&out, units)
	if err != nil || sum.errors > 0 {
		t.Fatalf("run: %v, %d errors: %s", err, sum.errors, stderr.String())
	}
	if want := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}
