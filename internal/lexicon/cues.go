package lexicon

import (
	"strings"
	"sync"
)

// CueVerbs maps every inflected form of a speech or attribution verb
// ("said", "tells", "asking", "went on") to its lemma ("say", "tell", "ask",
// "go on"). Keys are lower case; multi-word forms are joined by one space.
var CueVerbs = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, f := range entries("cueverbs.txt") {
		lemma := strings.ToLower(f[0])
		m[lemma] = lemma
		if len(f) < 2 {
			continue
		}
		for _, form := range splitForms(f[1], lemma) {
			m[form] = lemma
		}
	}
	return m
})

// splitForms reads a space-separated list of forms. For a phrasal lemma
// ("go on") each form is a verb followed by the lemma's particle, so the
// list "goes on went on" yields "goes on" and "went on".
func splitForms(list, lemma string) []string {
	words := strings.Fields(strings.ToLower(list))
	parts := strings.Fields(lemma)
	if len(parts) < 2 {
		return words
	}
	width := len(parts)
	var out []string
	for i := 0; i+width <= len(words); i += width {
		out = append(out, strings.Join(words[i:i+width], " "))
	}
	return out
}

// Abbreviation tells how an abbreviation behaves before a period.
type Abbreviation uint8

// The behaviours of abbreviations, from the second field of
// abbreviations.txt.
const (
	AbbrevNone  Abbreviation = iota // not an abbreviation
	AbbrevTitle                     // precedes a name and never ends a sentence
	AbbrevAny                       // may end a sentence
	AbbrevNum                       // precedes a number
)

// Abbreviations maps lower-case abbreviations without their final period
// ("mr", "u.s", "etc") to their behaviour.
var Abbreviations = sync.OnceValue(func() map[string]Abbreviation {
	m := map[string]Abbreviation{}
	for _, f := range entries("abbreviations.txt") {
		kind := AbbrevAny
		if len(f) > 1 {
			switch f[1] {
			case "title":
				kind = AbbrevTitle
			case "num":
				kind = AbbrevNum
			}
		}
		m[strings.ToLower(f[0])] = kind
	}
	return m
})

// LetterCase restricts the spelling under which a word is an
// abbreviation.
type LetterCase uint8

// The spellings of abbreviations, from the third field of
// abbreviations.txt.
const (
	AnyCase     LetterCase = iota // every spelling ("etc.", "Etc.")
	Capitalized                   // only with an initial capital ("Sun."; "sun" is a word)
	LowerCase                     // only in lower case ("ed."; "Ed" is a name)
)

// AbbreviationCases maps the abbreviations of [Abbreviations] whose
// spelling is restricted to that restriction; the others are absent.
var AbbreviationCases = sync.OnceValue(func() map[string]LetterCase {
	m := map[string]LetterCase{}
	for _, f := range entries("abbreviations.txt") {
		if len(f) < 3 {
			continue
		}
		switch f[2] {
		case "cap":
			m[strings.ToLower(f[0])] = Capitalized
		case "lower":
			m[strings.ToLower(f[0])] = LowerCase
		}
	}
	return m
})
