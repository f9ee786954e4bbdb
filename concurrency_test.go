package quoteattr_test

import (
	"bytes"
	"maps"
	"slices"
	"sync"
	"testing"

	"github.com/quoteattr/quoteattr"
)

// TestConcurrentAnalyze shares one Analyzer, and the default one behind
// Analyze, between many goroutines that analyse different texts at the
// same time, and requires each result to equal the result of analysing
// the text alone. Run it under -race (.ci/run does) to catch shared state
// that an Analyzer or the lexicons mutate.
func TestConcurrentAnalyze(t *testing.T) {
	a, err := quoteattr.New(quoteattr.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := determinismTexts()
	names := slices.Sorted(maps.Keys(texts))
	want := make(map[string][]byte, len(texts))
	for _, name := range names {
		want[name] = marshal(t, a.Analyze(texts[name]))
	}
	const goroutines = 8
	rounds := 3
	if testing.Short() {
		rounds = 1
	}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				// Each goroutine walks the texts from a different place,
				// so different texts are analysed at the same moment.
				for k := range names {
					name := names[(k+g*len(names)/goroutines+r)%len(names)]
					analyze := a.Analyze
					if (g+k)%2 == 1 {
						analyze = quoteattr.Analyze
					}
					if got := marshal(t, analyze(texts[name])); !bytes.Equal(got, want[name]) {
						t.Errorf("goroutine %d, %s: result differs from the one analysed alone", g, name)
					}
				}
			}
		})
	}
	wg.Wait()
}
