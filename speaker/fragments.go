package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/quote"
)

// narratedFragments makes terms of the fragments a novel's narration puts
// in quotation marks with no speech verb introducing them ("built for
// “style,” not service"): fiction quotes its characters' speech whole and
// marks a word or phrase only to mention it, where news quotes fragments
// of what its sources said.
func (d *document) narratedFragments() {
	for q, k := range d.kinds {
		qt := d.quoteTok[q]
		if k != quote.Partial || qt < 0 || !startsLower(d.quotes[q].Content.Text(d.text)) || !d.afterNarration(qt) {
			continue
		}
		if _, _, near := d.cueBefore(qt); near {
			continue
		}
		if mi, _ := d.cueAfter(qt); mi >= 0 {
			continue
		}
		if opensWithDash(d.quotes[q].Content.Text(d.text)) || d.resumesSpeech(qt) || d.turnsDirect(qt) {
			continue
		}
		d.kinds[q] = quote.Term
	}
}

// resumesSpeech reports a fragment that takes up speech its cue clause
// broke off: the quotation right before it in the sentence ends as
// interrupted speech (a comma or a dash) and opens with the same mark,
// the narration between ends with a comma, a semicolon, a colon or a
// dash, and it holds a speech verb with its subject ("Well," the guard said, tapping his pipe
// on the rail for a long while, "you may try.") or is a short aside set
// off by a comma or a semicolon, whatever its verb ("Not yet," mused he;
// "the tide is wrong."). A novel's cue clause may run on past the reach
// of a cue that introduces the words, and its verb may be one no list
// holds.
func (d *document) resumesSpeech(qt int) bool {
	p := d.speechBefore(qt)
	if p < 0 {
		return false
	}
	q, prev := d.toks[qt].quote, d.toks[p].quote
	if d.quotes[q].Open.Text(d.text) != d.quotes[prev].Open.Text(d.text) {
		return false // the second part of one utterance opens with the same mark as the first
	}
	if d.dashAside(prev, q) {
		return true
	}
	if !d.endsBrokenOff(prev) {
		return false
	}
	if r := d.lastRuneBefore(q); r != ',' && r != ';' && r != ':' && !isDashRune(r) {
		return false // "replied Kit, with his 'lordly' air": the cue clause runs on into the fragment
	}
	return d.shortAside(p+1, qt) || d.cueWithSubject(p+1, qt)
}

// dashAside reports narration between quotations prev and q that dashes
// set off on both sides ("Well"—she set down the cup—"we shall see."):
// an aside inside one utterance, whatever it says.
func (d *document) dashAside(prev, q int) bool {
	gap := strings.TrimSpace(d.text[d.quotes[prev].Span.End:d.quotes[q].Span.Start])
	first, _ := utf8.DecodeRuneInString(gap)
	last, _ := utf8.DecodeLastRuneInString(gap)
	return len(gap) > 2 && isDashRune(first) && isDashRune(last)
}

// maxResumeGap bounds the tokens of narration between the two parts of an
// utterance, so that the look back stays short.
const maxResumeGap = 40

// speechBefore returns the quotation token of speech right before
// quotation token qt in its paragraph, with narration of the sentence
// of qt between, or -1. The quotation may
// start sentences before: speech of several sentences broken off by its
// cue.
func (d *document) speechBefore(qt int) int {
	lo, _ := d.paraBounds(qt)
	lo = max(lo, qt-maxResumeGap)
	for k := qt - 1; k >= lo; k-- {
		if d.toks[k].kind == tokQuote {
			if k == qt-1 || !d.isSpeechTok(k) {
				return -1
			}
			return k
		}
		if d.toks[k].sent != d.toks[qt].sent {
			return -1
		}
	}
	return -1
}

// cueWithSubject reports a speech verb with its subject among tokens
// [lo, hi).
func (d *document) cueWithSubject(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].according && d.subjectOf(ci, lo, hi) >= 0 {
			return true
		}
	}
	return false
}

// maxAsideWords bounds the words of an aside between two parts of one
// utterance that needs no known speech verb: a subject and its verb, with
// room for one adverb ("she said quietly", "returned the clerk").
const maxAsideWords = 3

// shortAside reports narration tokens [lo, hi) of one to maxAsideWords
// words that end with a comma or a semicolon.
func (d *document) shortAside(lo, hi int) bool {
	n := 0
	for k := lo; k < hi && n <= maxAsideWords; k++ {
		if d.toks[k].kind == tokWord {
			n++
		}
	}
	if n == 0 || n > maxAsideWords || d.toks[hi-1].kind != tokPunct {
		return false
	}
	w := d.word(d.toks[hi-1])
	return w == "," || w == ";"
}

// turnsDirect reports a fragment of several words set after a dash in a
// sentence that reports speech with a speech verb and its subject (He
// wrote that the road was closed--"at least until the thaw."): the
// narration passes from reporting the words to quoting them. A single
// word after the dash is more often a word under discussion.
func (d *document) turnsDirect(qt int) bool {
	q := d.toks[qt].quote
	if !isDashRune(d.lastRuneBefore(q)) || !strings.ContainsAny(strings.TrimSpace(d.quotes[q].Content.Text(d.text)), " \t\n") {
		return false
	}
	mi, _, _ := d.cueBefore(qt)
	return mi >= 0
}

// lastRuneBefore returns the last character before quotation q that is
// not white space.
func (d *document) lastRuneBefore(q int) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.text[:d.quotes[q].Span.Start], " \t\n\r"))
	return r
}

// isDashRune reports a hyphen or a dash, of which writers make dashes.
func isDashRune(r rune) bool { return r == '-' || r == '—' || r == '–' }

// endsBrokenOff reports a quotation whose words end with a comma, a dash,
// or an exclamation or question mark, after which speech may go on in
// lower case ("Good heavens!" cried she, "not again?"): the speaker's
// sentence goes on after the narration.
func (d *document) endsBrokenOff(q int) bool {
	c := d.quotes[q].Content
	s := strings.TrimRight(d.text[c.Start:c.End], " \t\n\r”’\"'")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ',' || r == '!' || r == '?' || isDashRune(r)
}

// startsLower reports text whose first letter is lower case.
func startsLower(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// afterNarration reports a quotation token preceded in its sentence by
// words of the narration, with no other quotation between.
func (d *document) afterNarration(qt int) bool {
	lo, _ := d.paraBounds(qt)
	for k := qt - 1; k >= lo && d.toks[k].sent == d.toks[qt].sent; k-- {
		switch d.toks[k].kind {
		case tokQuote:
			return false
		case tokWord:
			return true
		}
	}
	return false
}

// opensWithDash reports quoted words that start with a dash, emphasis
// marks aside: speech taken up again after an interruption ("--and then
// the lamp went out."). A word or phrase quoted to be mentioned never
// starts so.
func opensWithDash(s string) bool {
	s = strings.TrimLeft(s, " \t\n\r_*")
	r, _ := utf8.DecodeRuneInString(s)
	return isDashRune(r)
}
