package quoteattr_test

import (
	"testing"
)

// FuzzAnalyze feeds Analyze arbitrary bytes and checks every invariant of
// the Document: no panic, every span inside the text and on rune
// boundaries, sentences inside paragraphs, quotations sorted and nested
// properly (overlapping only by containment, with the right Parent and
// Depth), speaker and addressee indices valid, confidence in [0, 1].
// Run it with go test -fuzz FuzzAnalyze -fuzztime 1m; .ci/run runs it for
// 20 seconds, and crashers it saves under testdata/fuzz/FuzzAnalyze become
// regression tests.
func FuzzAnalyze(f *testing.F) {
	for _, tc := range goldenCases {
		f.Add(tc.text)
	}
	f.Add(newsProse)
	f.Add(fictionProse)
	for _, bad := range invalidUTF8 {
		f.Add("\"Yes" + bad + ",\" said Anna" + bad + ".")
	}
	for _, sh := range hostileShapes() {
		f.Add(sh.gen(200))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkAnalysis(t, text)
	})
}
