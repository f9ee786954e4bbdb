package segment

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A paragraph that opens with a list marker ("1.", "2)", "a.", "• 9.")
// may hold its whole list on one line: "1. Eggs 2. Milk". The items are
// sentences even where no terminator ends them. listCuts finds where each
// later item starts: the same bullet again, or the marker that continues
// the numbering with the same delimiter. Lists that open inside a
// sentence ("you need 1) eggs 2) milk") are left alone: there the
// numbers enumerate, they do not start sentences.

// marker is a list marker at the start of a paragraph.
type marker struct {
	bullet rune   // the bullet before it, or 0
	value  int    // its number, or its letter's place in the alphabet
	letter bool   // "a." rather than "1."
	delim  string // what follows the number: ".", ")" or ".)"
}

// listCuts returns the offsets inside text[start:end] where list items
// after the first begin, in order, or nil when the paragraph does not
// open a list.
func listCuts(text string, start, end int) []int {
	b, i := bulletAt(text, start, end)
	if b != 0 {
		return bulletCuts(text, b, i, end)
	}
	m, ok := markerAt(text, start, end)
	if !ok {
		return nil
	}
	return numberCuts(text, m, start, end)
}

// bulletAt returns the bullet at offset i and the offset after it, or 0.
func bulletAt(text string, i, end int) (rune, int) {
	r, size := utf8.DecodeRuneInString(text[i:end])
	if !isBullet(r) {
		return 0, i
	}
	return r, i + size
}

// bulletCuts returns the offsets of every later bullet b that follows
// white space and starts an item. A paragraph of bullets alone, as in a
// "•   •   •" section break, has no items.
func bulletCuts(text string, b rune, from, end int) []int {
	if !startsItem(text, from, end) {
		return nil
	}
	var cuts []int
	needle := string(b)
	for i := from; i < end; {
		j := strings.Index(text[i:end], needle)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(needle)
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); isSpace(r) && startsItem(text, i, end) {
			cuts = append(cuts, at)
		}
	}
	return cuts
}

// startsItem reports whether something besides white space and bullets
// follows offset i.
func startsItem(text string, i, end int) bool {
	i = skipSpace(text, i, end)
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return i < end && !isBullet(r)
}

// markerAt parses a list marker at offset i: one to three digits or one
// letter, then ".", ")" or ".)", then white space.
func markerAt(text string, i, end int) (marker, bool) {
	var m marker
	j := i
	for j < end && j-i < 3 && isDigit(rune(text[j])) {
		j++
	}
	switch {
	case j > i:
		m.value, _ = strconv.Atoi(text[i:j])
	case j < end && 'a' <= text[j] && text[j] <= 'z':
		m.letter, m.value = true, int(text[j]-'a'+1)
		j++
	default:
		return m, false
	}
	for _, d := range [...]string{".)", ")", "."} {
		if strings.HasPrefix(text[j:end], d) {
			m.delim = d
			break
		}
	}
	k := j + len(m.delim)
	if m.delim == "" || k >= end || !isSpace(rune(text[k])) {
		return m, false
	}
	return m, true
}

// numberCuts returns the offsets of the markers that continue m's
// numbering, each after white space and before white space.
func numberCuts(text string, m marker, from, end int) []int {
	var cuts []int
	i := from
	for next := m.value + 1; ; next++ {
		needle, ok := markerText(m, next)
		if !ok {
			return cuts
		}
		at := findMarker(text, needle, i, end)
		if at < 0 {
			return cuts
		}
		cuts = append(cuts, at)
		i = at + len(needle)
	}
}

// markerText spells the marker numbered n in m's style.
func markerText(m marker, n int) (string, bool) {
	if !m.letter {
		return strconv.Itoa(n) + m.delim, true
	}
	if n > 26 {
		return "", false
	}
	return string(rune('a'+n-1)) + m.delim, true
}

// findMarker returns the first offset at or after i where needle stands
// between white space, or -1.
func findMarker(text, needle string, i, end int) int {
	for i < end {
		j := strings.Index(text[i:end], needle)
		if j < 0 {
			return -1
		}
		at := i + j
		after := at + len(needle)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		if isSpace(before) && after < end && isSpace(rune(text[after])) {
			return at
		}
		i = at + 1
	}
	return -1
}

// maxMarkerLen bounds the length of a list marker before its period: a
// bullet of three bytes, a few spaces and three digits.
const maxMarkerLen = 12

// isListMarker reports whether text[start:end], the sentence read so far
// up to a period, is only a list marker: an optional bullet, then one to
// three digits or a single letter ("1", "• 9", "a"). A sentence cannot
// be a bare number, so that period does not end one.
func isListMarker(text string, start, end int) bool {
	if _, i := bulletAt(text, start, end); i > start {
		start = skipSpace(text, i, end)
	}
	s := text[start:end]
	if len(s) == 1 && isLetter(rune(s[0])) {
		return true
	}
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}
