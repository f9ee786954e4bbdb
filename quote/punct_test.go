package quote

import (
	"strings"
	"testing"
)

// edgeCases are words and fragments on which the fast helpers must agree
// with package strings: case, the runes that fold to ASCII letters (the
// Kelvin sign, the long s), invalid UTF-8, marks and dashes.
var edgeCases = []string{
	"", "a", "A", "an", "An", "AN", "and", "she", "She", "SHE", "ſhe", "\u212a", "k", "ask",
	"a\u212a", "according", "Accordin\u212a", "that", "tha", "thatt", "called", "Called", "named",
	"dubbed", "is", "Is", "iſ", "be", "been", "\xff", "a\xff", "é", "É", "yes", "Yes", "or", "",
	"“Go.”", "Go,’", "Go!*", "_Go_", "“‘Go", "\"'go", ", said", ";—– - x", "—", "–", "-", "…",
	"He said, ", "a “b", "«b»", "„b", "x\"y", "a,b", "a.b", "a;b", "\xe2\x80", "\xe2\x80\x9c",
}

// TestFoldIs checks foldIs against strings.EqualFold on the lower-case
// words the rules compare with.
func TestFoldIs(t *testing.T) {
	for _, c := range []string{"", "a", "an", "is", "she", "that", "called", "according", "k", "ask"} {
		for _, w := range edgeCases {
			if got, want := foldIs(w, c), strings.EqualFold(w, c); got != want {
				t.Errorf("foldIs(%q, %q) = %v, strings.EqualFold says %v", w, c, got, want)
			}
		}
	}
}

// helperCheck is one result of a helper and of the call it replaces.
type helperCheck struct {
	name      string
	got, want any
}

// TestPunctHelpers checks the switch-based helpers against the package
// strings calls they replace.
func TestPunctHelpers(t *testing.T) {
	for _, s := range edgeCases {
		checks := []helperCheck{
			{"trimClosingMarks", trimClosingMarks(s), strings.TrimRight(s, "_*'\"’”")},
			{"trimOpeningMarks", trimOpeningMarks(s), strings.TrimLeft(s, "_*'\"‘“")},
			{"trimLeadingPunct", trimLeadingPunct(s), strings.TrimLeft(s, ",;:—–- ")},
			{"hasDoubleMark", hasDoubleMark(s), strings.ContainsAny(s, "“\"„«»")},
			{"hasComma", hasComma(s), strings.ContainsAny(s, ",;")},
			{"hasClauseBreak", hasClauseBreak(s), strings.ContainsAny(s, ",.;")},
		}
		for _, r := range s + "\uFFFD" {
			checks = append(checks,
				helperCheck{"isClausePunct " + string(r), isClausePunct(r), strings.ContainsRune(".,!?…—–-;:", r)},
				helperCheck{"isSpeechBreak " + string(r), isSpeechBreak(r), strings.ContainsRune(",!?—–-…", r)},
				helperCheck{"isCueClauseEnd " + string(r), isCueClauseEnd(r), strings.ContainsRune(",;:.—–-", r)})
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s(%q) = %v, package strings says %v", c.name, s, c.got, c.want)
			}
		}
	}
}
