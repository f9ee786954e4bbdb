// Command highlight writes a self-contained HTML page that shows who said
// what in a text: every quotation highlighted in its speaker's colour, the
// mention naming the speaker and the speech cue underlined, and a side
// panel ranking the speakers by words quoted.
//
// Usage:
//
//	highlight [-o page.html] [-title TITLE] [FILE]
//
// It reads FILE, or standard input when FILE is absent or "-", and writes
// the page to standard output or to the -o file. The page needs nothing
// else: no network, no external style sheet or script, only a little plain
// JavaScript for the tooltips and the speaker filter.
//
// # The page
//
// Each quotation is highlighted in the colour of its speaker: the speakers
// take the colours of a fixed palette in the order they are first quoted,
// so a text always looks the same. Unattributed quotations are grey with a
// dashed underline; terms and scare quotes only get a dotted underline.
// Hovering over a quotation, or reaching it with the Tab key, shows its
// speaker, addressee (when known), kind, rule and confidence, and marks its
// mention and cue.
//
// The side panel lists the speakers by words quoted, with their quotations,
// words and share of all quoted words: the figure source-diversity audits
// look for. Only top-level speech counts towards words (a quotation nested
// in another is part of the outer speaker's words), and terms do not count.
// Selecting a speaker dims every other speaker's quotations.
//
// Everything taken from the text is escaped by html/template: a text
// holding HTML or a script shows as text.
package main

import (
	"bufio"
	"embed"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"

	"github.com/quoteattr/quoteattr"
)

//go:embed page.html page.css page.js
var assets embed.FS

var (
	pageCSS = mustRead("page.css")
	pageJS  = mustRead("page.js")
	tmpl    = template.Must(template.ParseFS(assets, "page.html"))
)

// mustRead returns an embedded file; the files are compiled in, so a
// failure is a build mistake.
func mustRead(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, returning its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("highlight", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: highlight [-o page.html] [-title TITLE] [FILE]")
		fs.PrintDefaults()
	}
	outPath := fs.String("o", "", "write the page to this file instead of standard output")
	title := fs.String("title", "", "the page's title (default: the file's name)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	text, err := readInput(path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "highlight: %v\n", err)
		return 1
	}
	if *title == "" {
		*title = defaultTitle(path)
	}
	if err := writeTo(*outPath, stdout, *title, text); err != nil {
		fmt.Fprintf(stderr, "highlight: %v\n", err)
		return 1
	}
	return 0
}

// readInput returns the contents of the file at path, or of stdin when path
// is "" or "-".
func readInput(path string, stdin io.Reader) (string, error) {
	var b []byte
	var err error
	if path == "" || path == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	return string(b), err
}

// defaultTitle names the page after its file.
func defaultTitle(path string) string {
	if path == "" || path == "-" {
		return "standard input"
	}
	return filepath.Base(path)
}

// writeTo analyses text and writes its page to the file at path, or to
// stdout when path is "".
func writeTo(path string, stdout io.Writer, title, text string) (err error) {
	if path == "" {
		return render(stdout, title, text)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	return render(f, title, text)
}

// render analyses text and writes its page to w.
func render(w io.Writer, title, text string) error {
	doc := quoteattr.Analyze(text)
	return writePage(w, newPage(title, doc.Text(), doc))
}

// writePage executes the page template for p.
func writePage(w io.Writer, p *page) error {
	bw := bufio.NewWriter(w)
	if err := tmpl.Execute(bw, p); err != nil {
		return err
	}
	return bw.Flush()
}
