package lexicon

import (
	"fmt"
	"strings"
	"sync"
)

// mapOnce returns a function that parses the named file once into a map
// from normalised keys (see normKey) to values. parse reads one entry's
// fields, the key being fields[0]; an entry it rejects is skipped, and the
// tests fail on every such entry, so a shipped file has none.
func mapOnce[V any](name string, parse func([]string) (V, error)) func() map[string]V {
	return sync.OnceValue(func() map[string]V {
		m := map[string]V{}
		for _, f := range entries(name) {
			v, err := parse(f)
			if err != nil {
				continue
			}
			m[normKey(f[0])] = v
		}
		return m
	})
}

// normKey is the form a word or phrase is stored and looked up in: lower
// case, with the typographic apostrophe (U+2019) written as an ASCII one.
func normKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
}

// lookupFold looks s up in m as normKey(s) would, without allocating when s
// is ASCII and short, which is the common case for words in English text.
func lookupFold[V any](m map[string]V, s string) (V, bool) {
	var buf [48]byte
	if len(s) <= len(buf) {
		b := buf[:len(s)]
		ascii := true
		for i := range len(s) {
			c := s[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if ascii {
			v, ok := m[string(b)]
			return v, ok
		}
	}
	v, ok := m[normKey(s)]
	return v, ok
}

// fieldCount checks that an entry has between min and max fields.
func fieldCount(f []string, min, max int) error {
	if len(f) < min || len(f) > max {
		return fmt.Errorf("entry %q: %d fields, want %d to %d", f[0], len(f), min, max)
	}
	return nil
}

// parseFlags reads a comma-separated list of names ("role,modifier") into
// the union of their flags.
func parseFlags[T ~uint8](s string, names []string) (T, error) {
	var out T
	for name := range strings.SplitSeq(s, ",") {
		i := indexOf(names, name)
		if i < 0 {
			return 0, fmt.Errorf("unknown class %q (want one of %s)", name, strings.Join(names, ", "))
		}
		out |= 1 << i
	}
	return out, nil
}

// flagString lists the names of the flags set in v, comma-separated, in
// the order of names.
func flagString[T ~uint8](v T, names []string) string {
	var parts []string
	for i, name := range names {
		if v&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, ",")
}

// indexOf returns the index of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
