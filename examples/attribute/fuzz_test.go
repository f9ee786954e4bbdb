package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL runs arbitrary input through -jsonl and checks the contract:
// no panic, exit status 0 or 1, one JSON output line per non-blank input
// line, and every quotation of a result inside its text, on rune
// boundaries. Input that starts with the gzip magic number is read as a
// gzip stream; a broken one must fail with a message.
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
		if strings.HasPrefix(input, string(gzipMagic)) {
			// Read as a gzip stream: a broken one is an error, not lines.
			if exit == 1 && stderr.Len() == 0 {
				t.Fatal("a broken gzip stream fails without saying why")
			}
			return
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
// the input line in, and that a result indexes the text it came from:
// sentences and quotation records sorted without overlap, every span
// inside the text on rune boundaries with its "text" the bytes it covers,
// nested quotations inside their record, speaker ids naming a speaker.
func checkResultLine(t *testing.T, in, out string) {
	t.Helper()
	var res struct {
		Error *string `json:"error"`
		jsonResult
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
	text := doc.Text
	prev := 0
	for _, s := range res.Sentences {
		if msg := spanProblem(text, s.Start, s.End, prev); msg != "" {
			t.Errorf("sentence %v: %s", s, msg)
		}
		prev = s.End
	}
	prev = 0
	for _, q := range res.Quotes {
		if msg := spanProblem(text, q.Start, q.End, prev); msg != "" || q.Start == q.End || q.Text != text[q.Start:q.End] {
			t.Errorf("quote [%d,%d) %q: %s (records sorted, disjoint, non-empty, their text the bytes they cover)", q.Start, q.End, q.Text, msg)
			continue
		}
		prev = q.End
		for _, sp := range []*jsonSpan{q.Mention, q.Cue} {
			if sp != nil && (spanProblem(text, sp.Start, sp.End, 0) != "" || sp.Text != text[sp.Start:sp.End]) {
				t.Errorf("quote [%d,%d): mention or cue %+v is not a span of the text", q.Start, q.End, *sp)
			}
		}
		if q.SpeakerID != nil && (*q.SpeakerID < 0 || *q.SpeakerID >= len(res.Speakers) ||
			q.Speaker == nil || *q.Speaker != res.Speakers[*q.SpeakerID].Name) {
			t.Errorf("quote [%d,%d): speaker_id %d does not name its speaker %v among %d", q.Start, q.End, *q.SpeakerID, q.Speaker, len(res.Speakers))
		}
		for _, n := range q.Nested {
			if n.Start < q.Start || n.End > q.End || n.Text != text[n.Start:n.End] {
				t.Errorf("nested [%d,%d) %q outside its record [%d,%d)", n.Start, n.End, n.Text, q.Start, q.End)
			}
		}
	}
}

// spanProblem describes a span [start, end) that starts before from, lies
// outside text or is off a rune boundary, or returns "".
func spanProblem(text string, start, end, from int) string {
	switch {
	case start < from || end < start || end > len(text):
		return fmt.Sprintf("outside [%d,%d) or before the one before", from, len(text))
	case start < len(text) && !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]):
		return "not on rune boundaries"
	}
	return ""
}
