package quoteattr_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/quoteattr/quoteattr"
)

// determinismTexts are the texts the determinism and concurrency tests
// analyse: ordinary prose, the golden cases and a small piece of every
// hostile shape (smaller with -short, which the race detector runs).
func determinismTexts() map[string]string {
	texts := map[string]string{"prose": ordinaryProse}
	for _, tc := range goldenCases {
		texts["golden-"+tc.name] = tc.text
	}
	size := 2 << 10
	if testing.Short() {
		size = 512
	}
	for _, sh := range hostileShapes() {
		texts["hostile-"+sh.name] = sh.gen(size)
	}
	return texts
}

// TestDeterministic analyses each text many times, with the default
// Analyzer and with fresh ones, and requires byte-identical JSON every
// time: output never depends on map order, timing or earlier calls.
func TestDeterministic(t *testing.T) {
	runs := 10
	if testing.Short() {
		runs = 3
	}
	for name, text := range determinismTexts() {
		t.Run(name, func(t *testing.T) {
			want := marshal(t, quoteattr.Analyze(text))
			for i := range runs {
				a, err := quoteattr.New(quoteattr.Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range []*quoteattr.Document{quoteattr.Analyze(text), a.Analyze(text)} {
					if got := marshal(t, d); !bytes.Equal(got, want) {
						t.Fatalf("run %d gave different JSON:\nfirst: %s\nnow:   %s", i, want, got)
					}
				}
			}
		})
	}
}

// marshal encodes d as JSON. It reports a failure with Errorf, never
// Fatalf, so goroutines may call it.
func marshal(t testing.TB, d *quoteattr.Document) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Errorf("json.Marshal: %v", err)
	}
	return b
}
