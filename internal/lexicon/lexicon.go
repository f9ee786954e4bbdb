// Package lexicon holds the word lists the pipeline consults: speech verbs,
// abbreviations, titles and roles, first names with their gender, and the
// capitalised words that are never speakers. Each list is a plain text file
// embedded in the binary and parsed once, on first use.
//
// File format: one entry a line; '#' starts a comment; blank lines are
// ignored; an entry may carry tab-separated fields after its key.
package lexicon

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var files embed.FS

// Set is a set of lower-case words or phrases.
type Set map[string]struct{}

// Has reports whether w is in the set. Callers pass lower-case keys.
func (s Set) Has(w string) bool {
	_, ok := s[w]
	return ok
}

// entries parses the named embedded file into its lines' fields. A missing
// file is a build defect, so it panics at first use rather than at analysis
// time; the tests load every file.
func entries(name string) [][]string {
	data, err := files.ReadFile("data/" + name)
	if err != nil {
		panic("lexicon: missing embedded file " + name)
	}
	var out [][]string
	for line := range strings.Lines(string(data)) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, " \t\r\n")
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		out = append(out, fields)
	}
	return out
}

// loadSet builds a Set from the first field of every entry of a file.
func loadSet(name string) Set {
	s := Set{}
	for _, f := range entries(name) {
		s[strings.ToLower(f[0])] = struct{}{}
	}
	return s
}

// setOnce returns a function that loads the named file once.
func setOnce(name string) func() Set {
	return sync.OnceValue(func() Set { return loadSet(name) })
}
