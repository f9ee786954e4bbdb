package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// isTerminal reports whether w is a terminal that understands the erase
// sequence the status line uses. It needs no system call beyond Stat: a
// terminal is a character device (so is /dev/null, where a status line
// does no harm).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// eraseLine moves to the start of the line and erases it.
const eraseLine = "\r\x1b[K"

// console writes messages to standard error. While a status line is shown
// it stays the last line: a message is written above it.
type console struct {
	mu     sync.Mutex
	w      io.Writer
	status string // the status line shown, "" for none
}

// newConsole returns a console writing to w.
func newConsole(w io.Writer) *console { return &console{w: w} }

// println writes msg and a newline.
func (c *console) println(msg string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.status == "" {
		io.WriteString(c.w, msg+"\n")
		return
	}
	io.WriteString(c.w, eraseLine+msg+"\n"+c.status)
}

// printf formats a message and writes it with a newline.
func (c *console) printf(format string, args ...any) { c.println(fmt.Sprintf(format, args...)) }

// setStatus shows s as the status line, replacing any earlier one; ""
// erases it.
func (c *console) setStatus(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	io.WriteString(c.w, eraseLine+s)
	c.status = s
}

// progressInterval is how often the status line is refreshed.
const progressInterval = 250 * time.Millisecond

// progress keeps a status line up to date until stopped. Its methods do
// nothing on a nil *progress.
type progress struct {
	con   *console
	total int64 // stored bytes of the inputs, -1 when unknown
	start time.Time
	docs  atomic.Int64
	bytes atomic.Int64
	pos   atomic.Int64
	quit  chan struct{}
	done  chan struct{}
}

// startProgress starts refreshing a status line on con; total is the
// stored size of the input, or -1 when unknown.
func startProgress(con *console, total int64) *progress {
	p := &progress{con: con, total: total, start: time.Now(),
		quit: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

// loop writes the status line at every tick until quit is closed, then
// clears it.
func (p *progress) loop() {
	defer close(p.done)
	tick := time.NewTicker(progressInterval)
	defer tick.Stop()
	for {
		select {
		case now := <-tick.C:
			p.con.setStatus(statusLine(p.docs.Load(), p.bytes.Load(), p.pos.Load(), p.total, now.Sub(p.start)))
		case <-p.quit:
			p.con.setStatus("")
			return
		}
	}
}

// update records the totals so far and the stored bytes read through the
// last unit written.
func (p *progress) update(t tally, pos int64) {
	if p == nil {
		return
	}
	p.docs.Store(int64(t.docs))
	p.bytes.Store(t.bytes)
	p.pos.Store(pos)
}

// stop erases the status line and stops refreshing it.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	<-p.done
}

// statusLine words the progress: documents, megabytes of text and speed,
// then the percentage of the stored input read and the time left when its
// size (total) is known.
func statusLine(docs, textBytes, pos, total int64, elapsed time.Duration) string {
	mb := float64(textBytes) / 1e6
	s := fmt.Sprintf("attribute: %d docs, %.1f MB, %.1f MB/s", docs, mb, rate(mb, elapsed))
	if total <= 0 || pos <= 0 {
		return s
	}
	frac := min(float64(pos)/float64(total), 1)
	left := time.Duration(float64(elapsed) * (1 - frac) / frac)
	return s + fmt.Sprintf(", %.1f%%, ETA %s", 100*frac, left.Round(time.Second))
}
