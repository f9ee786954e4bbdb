package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"sync"
)

// gzipMagic starts every gzip stream. No UTF-8 text starts with it (0x8b
// is a continuation byte), so sniffing it never mistakes a text for gzip.
var gzipMagic = []byte{0x1f, 0x8b}

// readBufferSize is the size of the read buffer of every input.
const readBufferSize = 256 << 10

// input is an opened file or standard input, decompressed when gzipped.
type input struct {
	name    string        // the name to report, "standard input" for "-"
	r       *bufio.Reader // the decompressed contents
	raw     *countingReader
	file    *os.File // nil for standard input
	gzipped bool
}

// displayName is how messages name the input given as path.
func displayName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

// openInput opens path, or stdin for "-". It rejects directories, and
// reads through gzip when the name ends in .gz or the data starts with the
// gzip magic number; an empty input is empty, gzipped or not.
func openInput(path string, stdin io.Reader) (*input, error) {
	in := &input{name: displayName(path)}
	src := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		in.file, src = f, f
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a directory, not a file", path)
		}
	}
	if src == nil {
		return nil, fmt.Errorf("%s: no standard input", in.name)
	}
	in.raw = &countingReader{r: src}
	in.r = bufio.NewReaderSize(in.raw, readBufferSize)
	head, _ := in.r.Peek(len(gzipMagic))
	if len(head) == 0 || !strings.HasSuffix(path, ".gz") && !bytes.Equal(head, gzipMagic) {
		return in, nil
	}
	zr, err := gzip.NewReader(in.r)
	if err != nil {
		in.close()
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	in.r = bufio.NewReaderSize(zr, readBufferSize)
	in.gzipped = true
	return in, nil
}

// close closes the file, if the input is one.
func (in *input) close() {
	if in.file != nil {
		in.file.Close()
	}
}

// countingReader counts the bytes read through it, so progress can be
// measured against the size of the input as stored (compressed or not).
type countingReader struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader and counts the bytes read.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// totalSize is the number of bytes stored in the inputs, or -1 when one of
// them has no known size (a pipe, say).
func totalSize(paths []string, stdin io.Reader) int64 {
	var total int64
	for _, path := range paths {
		var fi os.FileInfo
		var err error
		if path == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(path)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}

// readUnits returns the units of the inputs in order: one per line in
// JSONL mode, one per input otherwise, and one for each input that cannot
// be opened or read to the end. It reads lazily, one unit at a time.
func readUnits(paths []string, stdin io.Reader, jsonl bool) iter.Seq[*unit] {
	return func(yield func(*unit) bool) {
		var base int64 // stored bytes of the inputs already read
		for _, path := range paths {
			in, err := openInput(path, stdin)
			if err != nil {
				if !yield(&unit{src: displayName(path), err: err}) {
					return
				}
				continue
			}
			each := readLines
			if !jsonl {
				each = readWhole
			}
			ok := each(in, base, yield)
			in.close()
			if !ok {
				return
			}
			base += in.raw.n
		}
	}
}

// readWhole yields the whole input as one unit, or an error unit.
func readWhole(in *input, base int64, yield func(*unit) bool) bool {
	data, err := io.ReadAll(in.r)
	if err != nil {
		return yield(&unit{src: in.name, err: readError(in, err)})
	}
	return yield(&unit{src: in.name, data: data, pos: base + in.raw.n})
}

// readLines yields every non-blank line of the input as a unit, and an
// error unit in place of the rest when the input cannot be read to the
// end. Line numbers count
// blank lines too. A line may be of any length.
func readLines(in *input, base int64, yield func(*unit) bool) bool {
	for n := 1; ; n++ {
		line, err := readLine(in.r, getLineBuffer())
		if err != nil && err != io.EOF {
			putLineBuffer(line)
			return yield(&unit{src: in.name, err: readError(in, err)})
		}
		if len(bytes.TrimSpace(line)) > 0 {
			u := &unit{src: in.name, line: n, data: line, pos: base + in.raw.n, named: in.file != nil}
			if !yield(u) {
				return false
			}
		} else {
			putLineBuffer(line)
		}
		if err == io.EOF {
			return true
		}
	}
}

// readError words a read error so that it names the input once.
func readError(in *input, err error) error {
	var pe *os.PathError
	switch {
	case errors.As(err, &pe):
		return err
	case in.gzipped && errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: gzip data cut short (%w)", in.name, err)
	}
	return fmt.Errorf("%s: %w", in.name, err)
}

// readLine appends the next line of r, with its newline, to buf. It
// returns io.EOF with the last line when r ends, and the part read so far
// with any other error.
func readLine(r *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := r.ReadSlice('\n')
		buf = append(buf, chunk...)
		if err != bufio.ErrBufferFull {
			return buf, err
		}
	}
}

// maxPooledLine is the largest line buffer kept for reuse: a huge
// document's buffer is left to the garbage collector.
const maxPooledLine = 1 << 20

var linePool = sync.Pool{New: func() any { return new([]byte) }}

// getLineBuffer returns an empty buffer for a line.
func getLineBuffer() []byte { return (*linePool.Get().(*[]byte))[:0] }

// putLineBuffer gives a line buffer back for reuse once nothing refers to
// its contents.
func putLineBuffer(b []byte) {
	if cap(b) > maxPooledLine || cap(b) == 0 {
		return
	}
	linePool.Put(&b)
}
