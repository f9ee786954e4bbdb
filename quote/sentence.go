package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// maxContext bounds how far the kind rules look on either side of a
// quotation for the edges of its sentence, so that the work per quotation
// stays constant in a paragraph of any length.
const maxContext = 240

// sentenceStart returns where the sentence holding offset at begins,
// looking back no further than lo nor than maxContext bytes.
func sentenceStart(text string, lo, at int) int {
	lo = max(lo, at-maxContext)
	for i := at - 1; i >= lo; i-- {
		for i-7 >= lo && terminatorBits(load64(text[i-7:])) == 0 {
			i -= 8
		}
		if i < lo {
			break
		}
		if !isTerminatorByte(text[i]) {
			continue
		}
		t := i
		if text[i] == 0xA6 { // the last byte of …
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

// sentenceEnd returns where the sentence holding offset at ends, looking
// no further than hi nor than maxContext bytes.
func sentenceEnd(text string, at, hi int) int {
	hi = min(hi, at+maxContext)
	for i := at; i < hi; i++ {
		for i+8 <= hi && terminatorBits(load64(text[i:])) == 0 {
			i += 8
		}
		if i >= hi {
			break
		}
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

// isTerminatorByte reports the bytes that end a terminator: . ! ? and the
// last byte of … (E2 80 A6).
func isTerminatorByte(c byte) bool { return c == '.' || c == '!' || c == '?' || c == 0xA6 }

// terminatorBits returns a word that is not zero when one of the eight
// bytes of x is a byte for which isTerminatorByte holds: it tests them at
// once, as hasByte does for one byte, and is small enough to be inlined in
// the loops that skip text eight bytes at a time.
func terminatorBits(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	a, b, c, d := x^(ones*'.'), x^(ones*'!'), x^(ones*'?'), x^(ones*0xA6)
	return ((a-ones)&^a | (b-ones)&^b | (c-ones)&^c | (d-ones)&^d) & highs
}

// boundaryAfter reports whether the terminator at offset t ends a
// sentence, and where the next sentence starts: after the terminators and
// closing marks that follow it, white space, then a capital, a digit or an
// opening mark (or limit). Periods after titles and initials (Mr., F.) do
// not end sentences; lo is where the search began.
func boundaryAfter(text string, lo, t, limit int) (int, bool) {
	j := skipClosers(text, t, limit)
	k := j
	for k < limit && isSpaceByte(text[k]) {
		k++
	}
	if k == j && k < limit {
		return 0, false // "3.14", "U.S.": no space after
	}
	if k < limit {
		r, _ := utf8.DecodeRuneInString(text[k:limit])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpeningRune(r) {
			return 0, false
		}
	}
	if text[t] == '.' && abbreviationBefore(text, lo, t) {
		return 0, false
	}
	return k, true
}

// maxClosers bounds the run of terminators and closing marks read after a
// terminator ("?!’” and the like).
const maxClosers = 8

// skipClosers returns the offset after the terminators, closing marks and
// brackets that start at i, at most maxClosers of them.
func skipClosers(text string, i, limit int) int {
	for n := 0; i < limit && n < maxClosers; n++ {
		if c := text[i]; c < utf8.RuneSelf { // an ASCII byte is its own rune
			if !asciiCloser[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		if !isTerminator(r) && !isClosingRune(r) {
			break
		}
		i += size
	}
	return i
}

// asciiCloser marks the ASCII runes that skipClosers passes over.
var asciiCloser = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = isTerminator(r) || isClosingRune(r)
	}
	return t
}()

// abbreviationBefore reports a title or an initial before the period at
// t (Mr. Smith, John F. Kerry), which does not end a sentence.
func abbreviationBefore(text string, lo, t int) bool {
	i := t
	for i > lo && i > t-maxWord && wordOrDot[text[i-1]] {
		i--
	}
	w := text[i:t]
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return true
	}
	if len(w) >= 2 && !titleFilter().mayHold(w) {
		return false
	}
	var buf [maxWord]byte
	return lexicon.Abbreviations()[string(lowerASCII(buf[:0], w))] == lexicon.AbbrevTitle
}

// wordOrDot marks the ASCII letters and digits and the period, which
// abbreviationBefore reads back over.
var wordOrDot = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIWordByte(byte(c)) || c == '.'
	}
	return t
}()

// titleFilter returns the wordFilter of the abbreviations that are titles
// (Mr, Gen): most words before a period are ruled out without a map
// lookup.
func titleFilter() *wordFilter {
	if p := titleFilterTable.p.Load(); p != nil {
		return p
	}
	return loadTitleFilter()
}

// loadTitleFilter is titleFilter on the first call, which builds the
// filter.
//
//go:noinline
func loadTitleFilter() *wordFilter { return titleFilterTable.load() }

var titleFilterTable = cached[wordFilter]{build: func() *wordFilter {
	f := new(wordFilter)
	for w, kind := range lexicon.Abbreviations() {
		if kind == lexicon.AbbrevTitle {
			f.add(w)
		}
	}
	return f
}}

// isTerminator reports runes that may end a sentence.
func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isOpeningRune reports quotation marks and brackets that may begin a
// sentence.
func isOpeningRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '»', '‹', '「', '『', '(', '[', '`', '—', '¿', '¡':
		return true
	}
	return false
}

// isClosingRune reports quotation marks and brackets that may follow a
// terminator.
func isClosingRune(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '«', '›', '」', '』', ')', ']', '“':
		return true
	}
	return false
}
