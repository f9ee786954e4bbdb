package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL runs arbitrary input through -jsonl and checks the contract:
// no panic, exit status 0 or 1, one JSON output line per non-blank input
// line, and every quotation of a result inside its text, on rune
// boundaries.
func FuzzJSONL(f *testing.F) {
	for _, name := range []string{"news.jsonl", "fields.jsonl", "malformed.jsonl"} {
		f.Add(readFile(f, name))
	}
	f.Add("{\"id\": 1, \"text\": \"\\u201cHi,\\u201d she said.\\n\\n\\\"Bye.\\\"\"}\n\n{\"text\": \"\\ud800 '\"}")
	f.Fuzz(func(t *testing.T, input string) {
		var stdout, stderr bytes.Buffer
		exit := run([]string{"-jsonl", "-j", "2"}, strings.NewReader(input), &stdout, &stderr)
		if exit != 0 && exit != 1 {
			t.Fatalf("exit %d: %s", exit, stderr.String())
		}
		var lines []string
		for line := range strings.Lines(input) {
			if len(bytes.TrimSpace([]byte(line))) > 0 {
				lines = append(lines, line)
			}
		}
		outs := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		if stdout.Len() == 0 {
			outs = nil
		}
		if len(outs) != len(lines) {
			t.Fatalf("%d output lines for %d input lines", len(outs), len(lines))
		}
		for i, out := range outs {
			checkResultLine(t, lines[i], out)
		}
	})
}

// checkResultLine checks that out is a JSON result or error record for
// the input line in, with every quotation inside the text on rune
// boundaries.
func checkResultLine(t *testing.T, in, out string) {
	t.Helper()
	var res struct {
		Error  *string     `json:"error"`
		Quotes []jsonRange `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output %q is not JSON: %v", out, err)
	}
	if res.Error != nil {
		return
	}
	var doc struct{ Text string }
	if err := json.Unmarshal([]byte(in), &doc); err != nil {
		t.Fatalf("input %q is not JSON, yet has a result %q", in, out)
	}
	for _, q := range res.Quotes {
		if q.Start < 0 || q.Start >= q.End || q.End > len(doc.Text) ||
			!utf8.RuneStart(doc.Text[q.Start]) || q.End < len(doc.Text) && !utf8.RuneStart(doc.Text[q.End]) {
			t.Errorf("quote [%d,%d) not on rune boundaries inside the %d-byte text", q.Start, q.End, len(doc.Text))
		}
	}
}
