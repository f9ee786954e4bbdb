package quote

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// isTermCue reports a word or a two-word phrase that announces a name, a
// title or a mentioned word (titled; the word): w2 alone when w1 is empty,
// else w1 and w2 joined by a space, matched in ASCII case.
func isTermCue(w1, w2 string) bool {
	if !termFilter().mayHold(w2) || len(w2) > maxWord {
		return false
	}
	ti := termCues()
	if w1 == "" {
		for _, c := range ti.singles[len(w2)] {
			if equalFold(w2, c) {
				return true
			}
		}
		return false
	}
	if len(w1) > maxWord {
		return false
	}
	for _, c := range ti.pairs[len(w2)] {
		if len(c.first) == len(w1) && equalFold(w1, c.first) && equalFold(w2, c.last) {
			return true
		}
	}
	return false
}

// termCueIndex holds the term cues of the lexicon by the length of their
// last word, so that a lookup compares a word with a few cues of its
// length instead of copying it in lower case for a map lookup. A cue with
// a word longer than maxWord, or with more than two words, is left out:
// isTermCue never asks for one.
type termCueIndex struct {
	singles [maxWord + 1][]string   // one-word cues (titled)
	pairs   [maxWord + 1][]termPair // two-word cues (the word)
}

// termPair is a two-word term cue.
type termPair struct{ first, last string }

// termCues returns the termCueIndex of the lexicon.
func termCues() *termCueIndex {
	if p := termCueTable.p.Load(); p != nil {
		return p
	}
	return loadTermCues()
}

// loadTermCues is termCues on the first call, which builds the index.
//
//go:noinline
func loadTermCues() *termCueIndex { return termCueTable.load() }

var termCueTable = cached[termCueIndex]{build: newTermCueIndex}

// newTermCueIndex builds the termCueIndex of the lexicon's term cues.
func newTermCueIndex() *termCueIndex {
	ti := new(termCueIndex)
	for cue := range lexicon.TermCues() {
		first, last, two := strings.Cut(cue, " ")
		switch {
		case !two && len(cue) <= maxWord:
			ti.singles[len(cue)] = append(ti.singles[len(cue)], cue)
		case two && !strings.Contains(last, " ") && len(first) <= maxWord && len(last) <= maxWord:
			ti.pairs[len(last)] = append(ti.pairs[len(last)], termPair{first: first, last: last})
		}
	}
	return ti
}
