package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// failingReader returns its data, then err.
func failingReader(data string, err error) io.Reader {
	return io.MultiReader(strings.NewReader(data), &errReader{err})
}

type errReader struct{ err error }

func (r *errReader) Read([]byte) (int, error) { return 0, r.err }

// readFile returns the contents of a file under testdata.
func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// timing matches the part of the -v summary that varies from run to run.
var timing = regexp.MustCompile(`in [0-9.]+[µmn]?s \([0-9.]+ MB/s\)`)

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    io.Reader // nil: empty
		wantExit int
		reason   string
	}{
		{"report", []string{"testdata/harbor.txt"}, nil, 0,
			"a plain text file is one document, written as a readable report"},
		{"report_two_files", []string{"-j", "2", "testdata/parlour.txt", "testdata/harbor.txt"}, nil, 0,
			"several files are reported in the order given, whatever the workers"},
		{"report_stdin", nil, strings.NewReader(readFile(t, "parlour.txt")), 0,
			"without files the report reads standard input"},
		{"format_json", []string{"-format", "json", "testdata/parlour.txt"}, nil, 0,
			"-format json writes the whole Document"},
		{"jsonl_stdin", []string{"-jsonl"}, strings.NewReader(readFile(t, "news.jsonl")), 0,
			"the scorer's contract: JSON Lines on stdin, one result line per input line in order"},
		{"jsonl_files_and_gzip", []string{"-jsonl", "testdata/news.jsonl", "testdata/news.jsonl.gz"}, nil, 0,
			"a .gz file reads like the plain file"},
		{"jsonl_dash_is_stdin", []string{"-jsonl", "testdata/news.jsonl", "-"}, strings.NewReader(readFile(t, "fields.jsonl")), 1,
			`"-" names standard input among files; its malformed lines carry no "file"`},
		{"jsonl_gzip_stdin", []string{"-jsonl"}, strings.NewReader(readFile(t, "news.jsonl.gz")), 0,
			"gzip on standard input is recognised by its magic number"},
		{"jsonl_other_fields", []string{"-jsonl", "-id-field", "doc_id", "-text-field", "body", "testdata/fields.jsonl"}, nil, 0,
			"-id-field and -text-field read corpora with other field names; a missing id is null"},
		{"jsonl_malformed_file", []string{"-jsonl", "testdata/malformed.jsonl"}, nil, 1,
			"every malformed line gets an error record naming file and line, the other lines are analysed"},
		{"jsonl_malformed_stdin", []string{"-jsonl"}, strings.NewReader(readFile(t, "malformed.jsonl")), 1,
			"error records from standard input keep the original {line, error} form"},
		{"jsonl_missing_file", []string{"-jsonl", "testdata/news.jsonl", "testdata/no-such.jsonl", "testdata/fields.jsonl"}, nil, 1,
			"a missing file is reported and the files after it are processed"},
		{"jsonl_directory", []string{"-jsonl", "testdata", "testdata/news.jsonl"}, nil, 1,
			"a directory given as a file is reported as such"},
		{"jsonl_truncated_gzip", []string{"-jsonl", "testdata/truncated.jsonl.gz", "testdata/news.jsonl"}, nil, 1,
			"the complete lines of a truncated gzip file are analysed, then the damage is reported"},
		{"jsonl_unreadable_stdin", []string{"-jsonl"}, failingReader(readFile(t, "news.jsonl"), errors.New("device not ready")), 1,
			"a read error on stdin is reported after the lines read before it; a partial line is dropped"},
		{"missing_file_report", []string{"testdata/no-such.txt", "testdata/parlour.txt"}, nil, 1,
			"without -jsonl too, a missing file is reported and the rest processed"},
		{"jsonl_empty", []string{"-jsonl"}, strings.NewReader(""), 0,
			"empty input, empty output"},
		{"jsonl_blank_lines", []string{"-jsonl"}, strings.NewReader("\n \r\n\t\n"), 0,
			"blank lines yield nothing"},
		{"verbose", []string{"-jsonl", "-v", "-j", "1", "testdata/news.jsonl", "testdata/malformed.jsonl"}, nil, 1,
			"-v ends with a summary line: documents, quotes, speakers, errors, MB/s"},
		{"bad_format", []string{"-format", "xml", "testdata/harbor.txt"}, nil, 2,
			"an unknown format is a usage error"},
		{"bad_workers", []string{"-j", "-3", "-jsonl"}, nil, 2,
			"a negative worker count is a usage error"},
		{"bad_field_name", []string{"-jsonl", "-text-field", `say "hi"`}, nil, 2,
			"a field name encoding/json cannot match is a usage error, not a silent miss"},
		{"help", []string{"-h"}, nil, 0,
			"-h prints the usage and succeeds"},
		{"bad_flag", []string{"-nosuchflag"}, nil, 2,
			"an unknown flag is a usage error"},
		{"genre_fiction_characters", []string{"-genre", "fiction", "-characters", "testdata/parlour-cast.json", "testdata/parlour.txt"}, nil, 0,
			"-genre and -characters reach the attributor: the cast's names are reported as given"},
		{"disable_rules", []string{"-genre", "fiction", "-disable", "cue-adjacent, split-quote", "testdata/parlour.txt"}, nil, 0,
			"-disable turns the named rules off: the lines they found are left to the rules after them"},
		{"bad_disable", []string{"-disable", "cue-adjacent,guesswork", "testdata/parlour.txt"}, nil, 2,
			"an unknown rule name is a usage error naming it"},
		{"bad_genre", []string{"-genre", "poetry", "testdata/parlour.txt"}, nil, 2,
			"an unknown genre is a usage error"},
		{"bad_characters", []string{"-characters", "testdata/bad-cast.json", "testdata/parlour.txt"}, nil, 2,
			"a character file with an unknown gender is a usage error naming the file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var stdout, stderr bytes.Buffer
			exit := run(tt.args, stdin, &stdout, &stderr)
			if exit != tt.wantExit {
				t.Errorf("run(%q) = %d, want %d (%s)\nstderr:\n%s", tt.args, exit, tt.wantExit, tt.reason, stderr.String())
			}
			got := "-- stdout --\n" + stdout.String() + "-- stderr --\n" + timing.ReplaceAllString(stderr.String(), "in TIME (RATE)")
			checkGolden(t, tt.name, got, tt.reason)
		})
	}
}

// checkGolden compares got with testdata/golden/name.golden, or rewrites
// the file with -update.
func checkGolden(t *testing.T, name, got, reason string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s: output differs from %s (%s); if the library changed, refresh with go test ./examples/attribute -update\n(-want +got):\n%s",
			name, path, reason, diff)
	}
}
