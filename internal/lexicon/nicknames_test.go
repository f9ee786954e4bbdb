package lexicon

import (
	"strings"
	"testing"
)

func TestNicknames(t *testing.T) {
	rows := entries("nicknames.txt")
	if len(rows) < 80 {
		t.Fatalf("nicknames.txt has %d entries, want at least 80", len(rows))
	}
	seen := map[string]bool{}
	for _, f := range rows {
		if _, err := parseNickname(f); err != nil {
			t.Errorf("nicknames.txt: %v", err)
			continue
		}
		key := strings.ToLower(f[0])
		if seen[key] {
			t.Errorf("nicknames.txt: %q listed twice", f[0])
		}
		seen[key] = true
		if _, ok := FirstNameGender(f[1]); !ok {
			t.Errorf("nicknames.txt: formal name %q of %q is not in firstnames.txt", f[1], f[0])
		}
	}
	for _, tc := range []struct{ in, want, reason string }{
		{"Harry", "henry", "a familiar form gives its formal name"},
		{"lizzy", "elizabeth", "lookup ignores case"},
		{"Hartley", "hartley", "other words come back lower-cased"},
	} {
		if got := FormalName(tc.in); got != tc.want {
			t.Errorf("FormalName(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}
