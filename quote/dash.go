package quote

import (
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// isDialogueDash reports the dashes that open a line of dialogue: em dash,
// horizontal bar and en dash.
func isDialogueDash(r rune) bool { return r == '—' || r == '―' || r == '–' }

// startDash opens a dash-dialogue line when paragraph p starts with a
// dash followed by words, and returns the offset after the dash; it
// returns p.Start otherwise.
func (s *scanner) startDash(p Span) int {
	r, size := utf8.DecodeRuneInString(s.text[p.Start:p.End])
	if !isDialogueDash(r) {
		return p.Start
	}
	end := p.Start + size
	speechEnd := dashSpeechEnd(s.text, end, p.End)
	if !hasLetter(s.text[end:speechEnd]) {
		return p.Start
	}
	s.push(opening{open: Span{Start: p.Start, End: end}, style: DashDialogue, fam: famDash, mark: r, closeAt: speechEnd})
	return end
}

// closeDash ends the dash-dialogue line open at the bottom of the stack at
// offset end. Quotations still open inside it are dropped.
func (s *scanner) closeDash(end int) {
	if len(s.stack) == 0 || s.stack[0].fam != famDash {
		return
	}
	s.dropAbove(0)
	o := s.stack[0]
	s.stack = s.stack[:0]
	contentEnd := trimSpaceLeft(s.text, o.open.End, end)
	s.emit(&o, contentEnd, contentEnd, Span{Start: contentEnd, End: contentEnd}, false)
	q := &s.out[o.slot]
	for q.Content.Start < q.Content.End && isSpaceByte(s.text[q.Content.Start]) {
		q.Content.Start++
	}
}

// dashSpeechEnd returns where the speech of a dash-dialogue line that
// starts at from ends: before a dash that opens the narration (—Ven aquí
// —dijo él), after the punctuation that precedes a speech cue (— Come
// here, he said.), or at the end of the paragraph.
func dashSpeechEnd(text string, from, limit int) int {
	for i := from; i < limit; {
		r, size := utf8.DecodeRuneInString(text[i:limit])
		switch {
		case isDialogueDash(r) && i > from && isSpaceByte(text[i-1]):
			return trimSpaceLeft(text, from, i)
		case (r == ',' || r == '!' || r == '?' || r == '.') && cueClauseFollows(text, i+size, limit):
			return i + size
		}
		i += size
	}
	return limit
}

// cueClauseFollows reports a speech cue among the first three words after
// offset at (", he said", "! cried Tom").
func cueClauseFollows(text string, at, limit int) bool {
	cues := lexicon.CueVerbs()
	var buf [maxWord]byte
	i := at
	for n := 0; n < 3; n++ {
		for i < limit && isSpaceByte(text[i]) {
			i++
		}
		w := leadingWord(text[i:limit])
		if w == "" {
			return false
		}
		if _, ok := cues[string(lowerASCII(buf[:0], w))]; ok {
			return true
		}
		i += len(w)
	}
	return false
}

// hasLetter reports whether s holds a letter or digit.
func hasLetter(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}
