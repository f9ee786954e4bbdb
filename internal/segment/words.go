package segment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// maxWord bounds every look at a word before or after a terminator, so
// that a token of any length costs a constant amount of work.
const maxWord = 64

// abbrevEntry is what the segmenter knows of an abbreviation.
type abbrevEntry struct {
	kind     lexicon.Abbreviation
	spelling lexicon.LetterCase
}

// abbrevLexicon merges the lexicon's abbreviations with their spellings,
// so that a lookup is one map access, and records the longest one, so
// that longer words need no lookup.
type abbrevLexicon struct {
	table  map[string]abbrevEntry
	maxLen int
}

var abbrevs = sync.OnceValue(func() abbrevLexicon {
	cases := lexicon.AbbreviationCases()
	l := abbrevLexicon{table: map[string]abbrevEntry{}}
	for w, k := range lexicon.Abbreviations() {
		l.table[w] = abbrevEntry{kind: k, spelling: cases[w]}
		l.maxLen = max(l.maxLen, len(w))
	}
	return l
})

// abbrevKind returns how the word w, written before a period without
// that period ("Mr", "U.S", "etc"), behaves as an abbreviation. Words
// outside the lexicon that are dotted acronyms ("N.A.T.O") may end a
// sentence.
func abbrevKind(w string) lexicon.Abbreviation {
	l := abbrevs()
	if len(w) <= l.maxLen {
		var buf [maxWord]byte
		key, _ := lowerInto(buf[:], w)
		if e, found := l.table[string(key)]; found && spelledAs(w, e.spelling) {
			return e.kind
		}
	}
	if strings.IndexByte(w, '.') > 0 && isDottedAcronym(w) {
		return lexicon.AbbrevAny
	}
	return lexicon.AbbrevNone
}

// spelledAs reports whether w is written as the restriction c asks.
func spelledAs(w string, c lexicon.LetterCase) bool {
	switch c {
	case lexicon.Capitalized:
		r, _ := utf8.DecodeRuneInString(w)
		return isUpper(r)
	case lexicon.LowerCase:
		for _, r := range w {
			if isUpper(r) {
				return false
			}
		}
	}
	return true
}

// lowerInto writes the ASCII lower case of w into buf and returns it; ok
// is false when w does not fit or is not ASCII (no abbreviation is).
func lowerInto(buf []byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// isDottedAcronym reports letters in groups of one or two joined by
// periods, at least one group a single letter: "U.S.A", "Ph.D", "N.A.T.O".
// Host names ("bbc.com") have longer groups.
func isDottedAcronym(w string) bool {
	groups, single, n := 0, false, 0
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == '.' {
			if n == 0 || n > 2 {
				return false
			}
			groups++
			single = single || n == 1
			n = 0
			continue
		}
		if !isLetter(rune(w[i])) {
			return false
		}
		n++
	}
	return groups > 1 && single
}

// wordBefore returns the word that ends at offset end, not before start:
// the run of non-space runes, without leading punctuation and without
// what precedes its last hyphen, dash or slash ("(Mr" gives "Mr",
// "D-Calif" gives "Calif"). A word longer than maxWord is returned as ""
// plus ok false: no abbreviation is that long.
func wordBefore(text string, start, end int) (w string, ok bool) {
	i := end
	for i > start && end-i <= maxWord {
		r, size := rune(text[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[start:i])
		}
		if isSpace(r) {
			break
		}
		if r == '-' || r == '/' || r == '—' || r == '–' {
			break
		}
		i -= size
	}
	if end-i > maxWord {
		return "", false
	}
	w = text[i:end]
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if isLetter(r) || isDigit(r) {
			break
		}
		w = w[size:]
	}
	return w, true
}

// prevWordCapitalized reports whether the word before offset i (skipping
// white space, not before start) begins with a capital letter, as "Main"
// in "Main St." and "Albert" in "Albert I.".
func prevWordCapitalized(text string, start, i int) bool {
	j := i
	for j > start && i-j <= maxWord {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if !isSpace(r) {
			break
		}
		j -= size
	}
	w, ok := wordBefore(text, start, j)
	if !ok || w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return isUpper(r)
}

// skipOpeners returns the offset of the first rune at or after i that is
// not an opening mark, and that rune (utf8.RuneError at limit).
func skipOpeners(text string, i, limit int) (int, rune) {
	for i < limit {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:limit])
		}
		if !isOpener(r) {
			return i, r
		}
		i += size
	}
	return limit, utf8.RuneError
}

// wordAt returns the word that starts at offset i: its letters,
// apostrophes and inner periods, at most maxWord bytes of them.
func wordAt(text string, i, limit int) string {
	j := i
	for j < limit && j-i < maxWord {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:limit])
		}
		if !isLetter(r) && r != '\'' && r != '’' && r != '.' {
			break
		}
		j += size
	}
	return text[i:j]
}

// nextWord returns the word that starts at offset i, after any opening
// marks, as wordAt reads it.
func nextWord(text string, i, limit int) string {
	i, _ = skipOpeners(text, i, limit)
	return wordAt(text, i, limit)
}

// wordIn reports whether the lower case of the letters of w, up to an
// apostrophe or period, belongs to set.
func wordIn(set map[string]bool, w string) bool {
	if k := strings.IndexAny(w, "'’."); k >= 0 {
		w = w[:k]
	}
	var buf [maxWord]byte
	key, ok := lowerInto(buf[:], w)
	return ok && set[string(key)]
}

// wordSet builds a set from space-separated words.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// starters are the closed-class words that begin sentences and are never
// names: after an abbreviation that may end a sentence ("Inc.", "U.S.")
// or an initial, they show that it did.
var starters = wordSet(`i you he she it we they my your his her its our their
this that these those there here the a an and but or nor so yet if when while
although though because since as after before until unless whether what which
who whom whose why how where then now thus hence however meanwhile moreover
furthermore nevertheless also instead indeed yes in on at by for from with
without to into during under over among despite through between against about
is are was were do does did has have had should would could must let such
many most some all both each every another one`)

// opensSentence reports whether word, as nextWord returns it, is one of
// the starters, and not an initial ("A." in "A. A. Milne").
func opensSentence(word string) bool {
	if len(word) > 1 && word[1] == '.' {
		return false
	}
	return wordIn(starters, word)
}

// honorifics are the titles that stand before a person's name. No
// abbreviation that may end a sentence modifies them, so after one they
// start a sentence ("at 6 p.m. Mr. Smith left").
var honorifics = wordSet(`mr mrs ms mx messrs dr drs prof mme mlle`)

// frontingPrepositions open the adverbials that may stand before the
// subject of a sentence ("At 5 a.m.", "By 6 p.m.").
var frontingPrepositions = wordSet(`at by before after around about until till
from since on in near toward towards`)

// isRoman reports whether word, which ends at offset end, is a Roman
// numeral of at least two letters ("II", "xiv"), or of one letter that
// punctuation follows directly ("V.").
func isRoman(text string, word string, end, limit int) bool {
	numeral := strings.TrimRight(word, ".")
	if numeral == "" || strings.Trim(numeral, "IVXLCDMivxlcdm") != "" {
		return false
	}
	if len(numeral) > 1 || len(numeral) < len(word) {
		return true
	}
	return end < limit && !isSpace(rune(text[end]))
}

// isFrontedAdverbial reports whether the sentence from start to end is at
// most four words opened by a preposition ("At 5 a.m."): a phrase that
// cannot be a whole sentence, so an abbreviation ending it does not end
// the sentence.
func isFrontedAdverbial(text string, start, end int) bool {
	first := nextWord(text, start, end)
	if !wordIn(frontingPrepositions, first) {
		return false
	}
	words := 0
	for i := start; i < end; {
		i = skipSpace(text, i, end)
		if i == end {
			break
		}
		if words++; words > 4 {
			return false
		}
		for i < end && !isSpace(rune(text[i])) {
			i++
		}
	}
	return true
}
