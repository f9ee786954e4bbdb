package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"sync"
	"time"
)

// unit is one document to analyse, or one input error to report. Units
// pass through the pipeline in input order.
type unit struct {
	src   string // the input's name, "standard input" for "-"
	named bool   // src names a file rather than standard input
	line  int    // the line number in JSONL mode, 0 for a whole input
	data  []byte // the line, or the whole input
	err   error  // an input that could not be opened or read: no data
	pos   int64  // stored bytes of the inputs read up to the end of this unit
	size  int64  // len(data) when read: the unit's share of the window
	done  chan result
}

// result is what processing a unit gives.
type result struct {
	out *bytes.Buffer // for standard output; nil for none
	msg string        // for standard error, "" for none
	tally
}

// tally counts what the pipeline has processed.
type tally struct {
	docs, quotes, speakers, errors int
	bytes                          int64 // bytes of input read, uncompressed
}

// add adds the counts of o to t.
func (t *tally) add(o tally) {
	t.docs += o.docs
	t.quotes += o.quotes
	t.speakers += o.speakers
	t.errors += o.errors
	t.bytes += o.bytes
}

// processFunc analyses u and writes its output to out, returning a
// message for standard error ("" for none) and what it counted. It is
// called from several goroutines at once.
type processFunc func(u *unit, out *bytes.Buffer) (msg string, t tally)

// pipeline analyses units on several workers and writes their output in
// input order. A window bounds how far the reader may run ahead of the
// writer, so memory stays bounded whatever the size of the input.
type pipeline struct {
	workers  int
	process  processFunc
	con      *console
	progress *progress // nil when no progress is shown
}

// The window per worker: while a large document holds up the writer, the
// other workers go on with the documents after it until the window is
// full.
const (
	windowUnitsPerWorker = 64
	windowBytesPerWorker = 4 << 20
)

// run processes every unit and writes the output to w. It stops early
// only when w fails.
func (p *pipeline) run(w io.Writer, units iter.Seq[*unit]) (summary, error) {
	start := time.Now()
	win := newWindow(windowUnitsPerWorker*p.workers, windowBytesPerWorker*int64(p.workers))
	order := make(chan *unit, win.maxUnits)
	work := make(chan *unit)
	var wg sync.WaitGroup
	wg.Go(func() { read(units, win, order, work) })
	for range p.workers {
		wg.Go(func() { p.work(work) })
	}
	t, err := p.write(w, win, order)
	if err != nil {
		win.close()
	}
	wg.Wait()
	p.progress.stop()
	return summary{tally: t, elapsed: time.Since(start)}, err
}

// read queues every unit for the writer, in order, and hands the
// documents to the workers; it returns early when the window is closed.
func read(units iter.Seq[*unit], win *window, order, work chan<- *unit) {
	defer close(order)
	defer close(work)
	for u := range units {
		u.size = int64(len(u.data))
		if !win.enter(u.size) {
			return
		}
		if u.err == nil {
			u.done = make(chan result, 1)
		}
		order <- u // never blocks: the window holds no more units than order can
		if u.err == nil {
			work <- u
		}
	}
}

// work processes units until work is closed.
func (p *pipeline) work(work <-chan *unit) {
	for u := range work {
		out := getOutBuffer()
		msg, t := p.process(u, out)
		u.done <- result{out: out, msg: msg, tally: t}
	}
}

// write writes the output of every unit in order, flushing whenever it
// would otherwise wait for input, so that an interactive caller sees each
// answer as soon as it is ready.
func (p *pipeline) write(w io.Writer, win *window, order <-chan *unit) (tally, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	var total tally
	for {
		var u *unit
		var ok bool
		select {
		case u, ok = <-order:
		default:
			if err := bw.Flush(); err != nil {
				return total, err
			}
			u, ok = <-order
		}
		if !ok {
			return total, bw.Flush()
		}
		r := resultOf(u)
		if r.out != nil {
			_, err := bw.Write(r.out.Bytes())
			putOutBuffer(r.out)
			if err != nil {
				return total, err
			}
		}
		win.leave(u.size)
		if r.msg != "" {
			p.con.println(r.msg)
		}
		total.add(r.tally)
		p.progress.update(total, u.pos)
	}
}

// resultOf waits for the result of u, or words its input error.
func resultOf(u *unit) result {
	if u.err != nil {
		return result{msg: "attribute: " + u.err.Error(), tally: tally{errors: 1}}
	}
	return <-u.done
}

// window counts the units and input bytes between reader and writer.
type window struct {
	mu       sync.Mutex
	left     sync.Cond // signalled when a unit leaves or the window closes
	units    int
	bytes    int64
	maxUnits int
	maxBytes int64
	closed   bool
}

// newWindow returns a window admitting at most maxUnits units and maxBytes
// bytes at once.
func newWindow(maxUnits int, maxBytes int64) *window {
	w := &window{maxUnits: maxUnits, maxBytes: maxBytes}
	w.left.L = &w.mu
	return w
}

// enter waits until a unit of n bytes fits in the window and counts it
// in; a unit always fits in an empty window, however large. It returns
// false once the window is closed.
func (w *window) enter(n int64) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for !w.closed && w.units > 0 && (w.units >= w.maxUnits || w.bytes+n > w.maxBytes) {
		w.left.Wait()
	}
	if w.closed {
		return false
	}
	w.units++
	w.bytes += n
	return true
}

// leave counts out a unit of n bytes.
func (w *window) leave(n int64) {
	w.mu.Lock()
	w.units--
	w.bytes -= n
	w.mu.Unlock()
	w.left.Signal()
}

// close makes every enter return false.
func (w *window) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	w.left.Broadcast()
}

// maxPooledOut is the largest output buffer kept for reuse.
const maxPooledOut = 1 << 20

var outPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// getOutBuffer takes an output buffer from the pool.
func getOutBuffer() *bytes.Buffer { return outPool.Get().(*bytes.Buffer) }

// putOutBuffer returns b to the pool unless it grew too large to keep.
func putOutBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledOut {
		return
	}
	b.Reset()
	outPool.Put(b)
}

// summary is the final tally of a run.
type summary struct {
	tally
	elapsed time.Duration
}

// String words the summary for the -v line.
func (s summary) String() string {
	mb := float64(s.bytes) / 1e6
	return fmt.Sprintf("%d documents, %d quotes, %d speakers, %d errors; %.1f MB in %s (%.1f MB/s)",
		s.docs, s.quotes, s.speakers, s.errors, mb, s.elapsed.Round(time.Millisecond), rate(mb, s.elapsed))
}

// rate is mb per second over d, 0 when d is 0.
func rate(mb float64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return mb / d.Seconds()
}
