// Package punktbench compares the speed of internal/segment with the Go
// port of the Punkt sentence tokenizer (github.com/neurosnap/sentences) on
// the same texts. It is a module of its own, so that the library's go.mod
// stays free of the comparison's dependency. Run from this directory:
//
//	go test -run '^$' -bench . -benchtime 3s -count 5
//
// TestGoldenRules reports how many of the English Golden Rules each
// segmenter passes.
package punktbench
