// Command attribute finds the quotations in text files and says who said
// them.
//
// Usage:
//
//	attribute [-format text|json] [FILE...]
//	attribute -jsonl < corpus.jsonl
//
// With files (or standard input when none is given) it prints a readable
// report: each quotation with its speaker, kind and rule, then a summary
// per speaker. With -format json it prints each whole Document as JSON.
//
// With -jsonl it reads JSON Lines {"id": ..., "text": "..."} on standard
// input and writes one result line per input line, in the same order (the
// schema is in the project README). A malformed line yields
// {"line": N, "error": "..."}; the other lines are still processed and
// the exit status is 1 at the end.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/quoteattr/quoteattr"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, returning its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("attribute", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format for files: text or json")
	jsonl := fs.Bool("jsonl", false, "read {\"id\",\"text\"} JSON Lines on stdin, write one result line each")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *jsonl {
		return runJSONL(stdin, out, stderr)
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "attribute: unknown -format %q (want text or json)\n", *format)
		return 2
	}
	return runFiles(fs.Args(), *format, stdin, out, stderr)
}

// runFiles analyses each named file, or stdin when there is none.
func runFiles(paths []string, format string, stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	status := 0
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, path := range paths {
		text, err := readInput(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "attribute: %v\n", err)
			status = 1
			continue
		}
		doc := quoteattr.Analyze(text)
		if format == "json" {
			err = writeJSON(out, doc)
		} else {
			err = writeReport(out, path, doc)
		}
		if err != nil {
			fmt.Fprintf(stderr, "attribute: %s: %v\n", path, err)
			return 1
		}
	}
	return status
}

// readInput reads a named file, or stdin for "-".
func readInput(path string, stdin io.Reader) (string, error) {
	if path == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
