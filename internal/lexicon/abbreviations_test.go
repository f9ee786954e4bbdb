package lexicon

import (
	"strings"
	"testing"
)

func TestAbbreviationsFile(t *testing.T) {
	kinds := map[string]bool{"title": true, "any": true, "num": true}
	spellings := map[string]bool{"cap": true, "lower": true}
	for _, f := range entries("abbreviations.txt") {
		switch {
		case f[0] != strings.ToLower(f[0]):
			t.Errorf("%q: entries are written in lower case", f[0])
		case strings.HasSuffix(f[0], "."):
			t.Errorf("%q: entries are written without their final period", f[0])
		case len(f) < 2 || !kinds[f[1]]:
			t.Errorf("%q: field 2 must be title, any or num: %q", f[0], f)
		case len(f) > 2 && !spellings[f[2]]:
			t.Errorf("%q: field 3 must be cap or lower: %q", f[0], f)
		case len(f) > 3:
			t.Errorf("%q: too many fields: %q", f[0], f)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	cases := []struct {
		word     string
		kind     Abbreviation
		spelling LetterCase
		reason   string
	}{
		{"mr", AbbrevTitle, AnyCase, "an honorific"},
		{"gen", AbbrevTitle, Capitalized, "a rank is a title only as 'Gen.'"},
		{"u.s", AbbrevAny, AnyCase, "a dotted abbreviation keeps its inner period"},
		{"no", AbbrevNum, AnyCase, "'No.' precedes a number"},
		{"sun", AbbrevAny, Capitalized, "'sun' is a word"},
		{"ed", AbbrevAny, LowerCase, "'Ed' is a name"},
		{"the", AbbrevNone, AnyCase, "ordinary words are absent"},
	}
	for _, c := range cases {
		if got := Abbreviations()[c.word]; got != c.kind {
			t.Errorf("%s: Abbreviations()[%q] = %d, want %d", c.reason, c.word, got, c.kind)
		}
		if got := AbbreviationCases()[c.word]; got != c.spelling {
			t.Errorf("%s: AbbreviationCases()[%q] = %d, want %d", c.reason, c.word, got, c.spelling)
		}
	}
}
