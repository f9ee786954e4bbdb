package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// TestSentenceEdgesSkipping checks sentenceStart and sentenceEnd, which
// skip eight bytes at a time, against a byte-by-byte reading of the same
// rules, on texts dense with terminators, abbreviations and marks.
func TestSentenceEdgesSkipping(t *testing.T) {
	pieces := []string{"a", "word ", "Mr.", " ", ". ", "! ", "?", "…", "\xa6", "\xe2\x80", " The", "“", "”",
		"U.S.", "3.14", " ", "\n", "F. ", "end.” ", "(", ")"}
	state := uint64(1)
	for range 800 {
		var b strings.Builder
		for b.Len() < 300 {
			state = state*6364136223846793005 + 1442695040888963407
			b.WriteString(pieces[state>>33%uint64(len(pieces))])
		}
		text := b.String()
		for at := 0; at <= len(text); at += 7 {
			for _, lo := range []int{0, at / 2, max(0, at-9)} {
				if got, want := sentenceStart(text, lo, at), sentenceStartBytewise(text, lo, at); got != want {
					t.Fatalf("sentenceStart(%q, %d, %d) = %d, want %d", text, lo, at, got, want)
				}
			}
			for _, hi := range []int{len(text), min(len(text), at+9), min(len(text), at+96)} {
				if got, want := sentenceEnd(text, at, hi), sentenceEndBytewise(text, at, hi); got != want {
					t.Fatalf("sentenceEnd(%q, %d, %d) = %d, want %d", text, at, hi, got, want)
				}
			}
		}
	}
}

// sentenceStartBytewise is sentenceStart reading one byte at a time.
func sentenceStartBytewise(text string, lo, at int) int {
	lo = max(lo, at-maxContext)
	for i := at - 1; i >= lo; i-- {
		if !isTerminatorByte(text[i]) {
			continue
		}
		t := i
		if text[i] == 0xA6 {
			if i-2 < lo || text[i-2] != 0xE2 || text[i-1] != 0x80 {
				continue
			}
			t = i - 2
		}
		if k, ok := boundaryAfter(text, lo, t, at); ok {
			return k
		}
	}
	return lo
}

// sentenceEndBytewise is sentenceEnd reading one byte at a time.
func sentenceEndBytewise(text string, at, hi int) int {
	hi = min(hi, at+maxContext)
	for i := at; i < hi; i++ {
		if !isTerminatorByte(text[i]) {
			continue
		}
		t := i
		if text[i] == 0xA6 {
			if i-2 < at || text[i-2] != 0xE2 || text[i-1] != 0x80 {
				continue
			}
			t = i - 2
		}
		if _, ok := boundaryAfter(text, at, t, hi); ok {
			return skipClosers(text, t, hi)
		}
	}
	return hi
}

// TestSkipPlain checks skipPlain, which tests sixteen or eight bytes at
// once, against a reading of one byte at a time: every byte value at every
// place of a word, and words holding several candidates.
func TestSkipPlain(t *testing.T) {
	stops := func(c byte) bool { return c >= 0x80 || '"' <= c && c <= '\'' || c == '`' }
	bytewise := func(text string, pos int) int {
		for ; pos+8 <= len(text); pos += 8 {
			for k := range 8 {
				if stops(text[pos+k]) {
					return pos + k
				}
			}
		}
		return pos
	}
	check := func(text string) {
		for pos := 0; pos <= len(text); pos++ {
			if got, want := skipPlain(text, pos), bytewise(text, pos); got != want {
				t.Fatalf("skipPlain(%q, %d) = %d, want %d", text, pos, got, want)
			}
		}
	}
	plain := strings.Repeat("abcdefgh", 3)
	for c := range 256 {
		for at := range 16 {
			check(plain[:at] + string([]byte{byte(c)}) + plain[at:])
			check(plain[:at] + string([]byte{byte(c), '`', 0x21, 0x28, '"'}) + plain[at:])
		}
	}
}

// TestFoldList checks foldList.has against strings.EqualFold on every word
// of the list: a word matches when it folds to one of them.
func TestFoldList(t *testing.T) {
	lists := []*foldList{namingVerbs, subjectPronouns, conjunctions, listWords, formsOfBe, beOrArticle,
		speechNouns, ofSpeechNouns}
	for _, l := range lists {
		words := append([]string{}, edgeCases...)
		for _, c := range l.words {
			// Other cases, near misses and foldings outside ASCII (the
			// long s, the Kelvin sign) of each word.
			words = append(words, c, strings.ToUpper(c), c+"s", "x"+c,
				strings.ReplaceAll(c, "s", "ſ"), strings.ReplaceAll(c, "k", "\u212A"))
		}
		for _, w := range words {
			want := false
			for _, c := range l.words {
				want = want || strings.EqualFold(w, c)
			}
			if got := l.has(w); got != want {
				t.Errorf("%v.has(%q) = %v, strings.EqualFold says %v", l.words, w, got, want)
			}
		}
	}
}

// TestPlaceFlags checks the place flags of a mark's neighbours, read from
// a table for ASCII, against the tests they stand for.
func TestPlaceFlags(t *testing.T) {
	runes := []rune{0, 0x85, 0xA0, 0x2009, 0x3000, '\uFFFD', '“', '”', '‘', '’', '«', '»', '—', '…', 'é', '中', '¿', '€'}
	for r := range rune(utf8.RuneSelf) {
		runes = append(runes, r)
	}
	for _, prev := range runes {
		for _, next := range runes {
			fp, fn := placeOf(prev), placeOf(next)
			left := (prev == 0 || isSpace(prev) || isOpenBefore(prev)) && next != 0 && !isSpace(next)
			right := prev != 0 && !isSpace(prev) && (next == 0 || isSpace(next) || isCloseFollower(next))
			if got := fp&(fn>>1)&1 != 0; got != left {
				t.Fatalf("left between %q and %q = %v, want %v", prev, next, got, left)
			}
			if got := (fp>>1)&(fn>>2)&1 != 0; got != right {
				t.Fatalf("right between %q and %q = %v, want %v", prev, next, got, right)
			}
		}
	}
}

// TestWordCountUpTo checks the branch-free word count against a count of
// the runs of bytes other than ASCII white space, cut past the limit.
func TestWordCountUpTo(t *testing.T) {
	texts := append([]string{" a  b\tc\n", "\u00a0x y\u00a0", "one", "  ", "a b c d e f g h i j k"}, edgeCases...)
	for _, s := range texts {
		for limit := range 12 {
			want, in := 0, false
			for i := 0; i < len(s) && want <= limit; i++ {
				switch {
				case isSpaceByte(s[i]):
					in = false
				case !in:
					want, in = want+1, true
				}
			}
			if got := wordCountUpTo(s, limit); got != want {
				t.Errorf("wordCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}
