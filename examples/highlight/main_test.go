package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "page.html")
	cases := []struct {
		name      string
		args      []string
		stdin     string
		status    int
		stdoutHas string
		stderrHas string
		fileHas   string
		reason    string
	}{
		{"file", []string{sampleArticle}, "", 0, "<title>library.txt — who said what</title>", "", "", "a file's page goes to stdout, titled after the file"},
		{"stdin", nil, `"Hi," she said.`, 0, "<title>standard input — who said what</title>", "", "", "no file reads stdin"},
		{"dash", []string{"-title", "Mine", "-"}, `"Hi," she said.`, 0, "<h1>Mine</h1>", "", "", "- reads stdin; -title names the page"},
		{"output file", []string{"-o", out, sampleArticle}, "", 0, "", "", "Riverton", "-o writes the page to a file"},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "", 1, "", "no such file", "", "an unreadable file fails with status 1"},
		{"two files", []string{sampleArticle, sampleArticle}, "", 2, "", "usage:", "", "one page per run"},
		{"bad flag", []string{"-nope"}, "", 2, "", "flag provided but not defined", "", "an unknown flag fails with status 2"},
		{"bad output", []string{"-o", filepath.Join(dir, "no", "such", "dir"), sampleArticle}, "", 1, "", "highlight:", "", "an unwritable output fails with status 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
			if status != c.status {
				t.Errorf("%s: status %d, want %d; stderr %q", c.reason, status, c.status, stderr.String())
			}
			// An empty want means the stream stays empty: every string
			// contains "", so it would check nothing.
			if got := stdout.String(); c.stdoutHas == "" && got != "" || !strings.Contains(got, c.stdoutHas) {
				t.Errorf("%s: stdout %.80q, want it to hold %q (empty: nothing)", c.reason, got, c.stdoutHas)
			}
			if got := stderr.String(); c.stderrHas == "" && got != "" || !strings.Contains(got, c.stderrHas) {
				t.Errorf("%s: stderr %q, want it to hold %q (empty: nothing)", c.reason, got, c.stderrHas)
			}
			if c.fileHas != "" {
				b, err := os.ReadFile(out)
				if err != nil || !bytes.Contains(b, []byte(c.fileHas)) {
					t.Errorf("%s: %s lacks %q (%v)", c.reason, out, c.fileHas, err)
				}
			}
		})
	}
}

// FuzzRender checks that any text gives a page without error, with no
// script but its own, with balanced elements, and with every non-space
// character of the text in its paragraphs.
func FuzzRender(f *testing.F) {
	for _, s := range []string{fixtureText, hostileText, "", "\x00", "\xff\xfe\"a\xc3\"", `"a 'b "c" d' e`, "«Oui», dit-il.\n\n\n„Ja“"} {
		f.Add(s)
	}
	if b, err := os.ReadFile(sampleArticle); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		page := pageOf(t, text, text, quoteattr.Analyze(text))
		if n := strings.Count(strings.ToLower(page), "<script"); n != 1 {
			t.Fatalf("page has %d script elements, want 1", n)
		}
		body := mainRE.FindString(page)
		for _, tag := range []string{"span", "mark"} {
			if open, closed := strings.Count(body, "<"+tag), strings.Count(body, "</"+tag+">"); open != closed {
				t.Fatalf("%d <%s> but %d </%s>", open, tag, closed, tag)
			}
		}
		// Each paragraph is read on its own: joined raw, the invalid bytes
		// ending one and starting the next could spell a valid rune.
		var got strings.Builder
		for _, p := range pageParagraphs(t, page) {
			got.WriteString(withoutSpace(p))
		}
		// html/template writes NUL as U+FFFD; the rest comes back byte for byte.
		want := strings.ReplaceAll(text, "\x00", "\uFFFD")
		if got.String() != withoutSpace(want) {
			t.Fatalf("page text differs from the input beyond white space:\n got %q\nwant %q", got.String(), want)
		}
	})
}

// BenchmarkRender measures analysis and page writing of the sample article
// repeated to about 100 KB.
func BenchmarkRender(b *testing.B) {
	sample, err := os.ReadFile(sampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(sample)+"\n", 100_000/len(sample)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := render(io.Discard, "bench", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPage measures the page alone, without the analysis.
func BenchmarkPage(b *testing.B) {
	sample, err := os.ReadFile(sampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(sample)+"\n", 100_000/len(sample)+1)
	doc := quoteattr.Analyze(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := writePage(io.Discard, newPage("bench", text, doc)); err != nil {
			b.Fatal(err)
		}
	}
}
