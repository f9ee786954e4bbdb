// Command attribute finds the quotations in text and says who said them.
//
// Usage:
//
//	attribute [-format text|json] [-j N] [-v] [FILE...]
//	attribute -jsonl [-id-field NAME] [-text-field NAME] [-j N] [-v] [FILE...]
//
// Without -jsonl every FILE is one document (a plain .txt file, say) and
// the command prints a readable report: each quotation with its speaker,
// kind and rule, then a summary per speaker. With -format json it prints
// each whole Document as JSON.
//
// With -jsonl every line of every FILE is one document, a JSON object
// {"id": ..., "text": "..."} (-id-field and -text-field name other
// fields), and the command writes one result line per non-empty input
// line, in input order; the schema is in the project README. A line may be
// of any length.
//
// Standard input is read when no FILE is given and for "-". Files whose
// name ends in .gz, and any input that starts with the gzip magic number,
// are decompressed on the fly.
//
// # Corpora
//
// The input is streamed: documents are read one at a time, analysed by -j
// workers (default: one per core) and written as soon as every document
// before them is written. The reader stays at most 64 documents and 4 MB
// of input per worker ahead of the writer, so memory is bounded by the
// workers times the largest document, whatever the size of the corpus,
// and a long document holds up the output without idling the other
// workers. When standard error is a
// terminal, a status line shows the documents and megabytes done, the
// speed, and the percentage and time left when the input size is known;
// -v prints a summary line at the end.
//
// # Errors
//
// A malformed line yields {"line": N, "error": "..."} in place of its
// result (with "file" when the line comes from a named file) and a message
// on standard error naming the input and line. A file that cannot be read
// (missing, a directory, corrupt gzip) is reported on standard error. In
// every case the rest of the input is still processed and the exit status
// is 1 at the end; a usage error exits with status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	jsonl      bool
	format     string // "text" or "json", without -jsonl
	workers    int
	verbose    bool
	idField    string
	textField  string
	genre      string   // "auto", "news" or "fiction"
	characters string   // a JSON file of known characters, or ""
	disable    string   // comma-separated names of rules that must not fire
	paths      []string // "-" is standard input
	process    processFunc
}

// run is the whole program, returning its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, status := parseArgs(args, stderr)
	if status >= 0 {
		return status
	}
	con := newConsole(stderr)
	p := &pipeline{workers: cfg.workers, process: cfg.process, con: con}
	if isTerminal(stderr) {
		p.progress = startProgress(con, totalSize(cfg.paths, stdin))
	}
	sum, err := p.run(stdout, readUnits(cfg.paths, stdin, cfg.jsonl))
	if err != nil {
		con.printf("attribute: writing output: %v", err)
		return 1
	}
	if cfg.verbose {
		con.printf("attribute: %s", sum)
	}
	if sum.errors > 0 {
		return 1
	}
	return 0
}

// parseArgs parses the command line. It reports usage errors on stderr
// and returns the exit status when the program must stop there: 2 for a
// usage error, 0 after -h; otherwise -1.
func parseArgs(args []string, stderr io.Writer) (config, int) {
	var cfg config
	fs := flag.NewFlagSet("attribute", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: attribute [-format text|json] [-genre G] [-characters FILE] [-disable RULES] [-j N] [-v] [FILE...]\n"+
			"       attribute -jsonl [-id-field NAME] [-text-field NAME] [-genre G] [-characters FILE] [-disable RULES] [-j N] [-v] [FILE...]\n")
		fs.PrintDefaults()
	}
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read {\"id\",\"text\"} JSON Lines, write one result line each")
	fs.StringVar(&cfg.format, "format", "text", "output format without -jsonl: text or json")
	fs.IntVar(&cfg.workers, "j", 0, "number of `workers` (0: one per core)")
	fs.BoolVar(&cfg.verbose, "v", false, "print a summary line on standard error at the end")
	fs.StringVar(&cfg.idField, "id-field", "id", "with -jsonl, the `name` of the field holding the document id")
	fs.StringVar(&cfg.textField, "text-field", "text", "with -jsonl, the `name` of the field holding the document text")
	fs.StringVar(&cfg.genre, "genre", "auto", "conventions to assume: auto, news or fiction")
	fs.StringVar(&cfg.disable, "disable", "", "comma-separated `rules` that must not fire, by the names the output reports (cue-adjacent, reply-call, ...)")
	fs.StringVar(&cfg.characters, "characters", "", "a JSON `file` of known characters: [{\"name\": ..., \"aliases\": [...], \"gender\": \"female\"}]")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return cfg, 0
	} else if err != nil {
		return cfg, 2
	}
	cfg.paths = fs.Args()
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"-"}
	}
	switch {
	case !cfg.jsonl && cfg.format != "text" && cfg.format != "json":
		fmt.Fprintf(stderr, "attribute: unknown -format %q (want text or json)\n", cfg.format)
		return cfg, 2
	case cfg.workers < 0:
		fmt.Fprintf(stderr, "attribute: -j %d: want 0 (one per core) or more\n", cfg.workers)
		return cfg, 2
	}
	an, err := newAnalyzer(cfg.genre, cfg.characters, cfg.disable)
	if err != nil {
		fmt.Fprintf(stderr, "attribute: %v\n", err)
		return cfg, 2
	}
	if cfg.jsonl {
		dec, err := newLineDecoder(an, cfg.idField, cfg.textField)
		if err != nil {
			fmt.Fprintf(stderr, "attribute: %v\n", err)
			return cfg, 2
		}
		cfg.process = dec.process
	} else {
		cfg.process = documentFormat{an: an, format: cfg.format}.process
	}
	if cfg.workers == 0 {
		cfg.workers = runtime.GOMAXPROCS(0)
	}
	return cfg, -1
}
