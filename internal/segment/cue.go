package segment

import (
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// Limits of the look for an attribution after a quotation.
const (
	cueWindow = 160 // bytes
	cueTokens = 10  // words
)

// connectors are the lower-case words that may sit inside a speaker's
// name or title ("Secretary of State", "Ludwig van Beethoven").
var connectors = wordSet(`of the and de del della di da du van von der den la le bin ibn al el`)

// adverbs are the words, besides those in -ly, that may stand between a
// speaker and a speech verb ("Kerry then said").
var adverbs = wordSet(`then also later again finally once now still just soon
first quickly`)

// pronouns are the subject pronouns that may open an attribution ("He
// asked").
var pronouns = wordSet(`he she they we i you`)

// cueFollows reports whether the words at offset i are the attribution
// of the quotation that ends before them, so that the sentence goes on:
// a speaker written with capitals (names, titles, initials, connectors;
// not words that open sentences, as "But" or "The") or a subject pronoun, at most one adverb, then a speech verb ("Kerry
// asked rhetorically", "Secretary of State John F. Kerry said", "He
// asked"). It looks at a bounded window.
func cueFollows(text string, i, limit int) bool {
	limit = min(limit, i+cueWindow)
	subjects, adverbsSeen := 0, 0
	for n := 0; n < cueTokens; n++ {
		i = skipSpace(text, i, limit)
		tok, end := token(text, i, limit)
		if tok == "" {
			return false
		}
		w, punct := trimWord(tok)
		switch {
		case isCueVerb(w, text, end, limit):
			return subjects > 0
		case subjects == 0 && wordIn(pronouns, w):
			if punct != "" {
				return false
			}
			subjects = cueTokens // nothing else may join a pronoun
		case startsUpper(w) && subjects < cueTokens:
			if wordIn(starters, w) || !nameGoesOn(w, punct) {
				return false
			}
			subjects++
		case subjects > 0 && punct == "" && wordIn(connectors, w) && subjects < cueTokens:
		case subjects > 0 && punct == "" && adverbsSeen == 0 && isAdverb(w):
			adverbsSeen++
		default:
			return false
		}
		i = end
	}
	return false
}

// token returns the run of non-space runes at offset i and its end.
func token(text string, i, limit int) (string, int) {
	j := i
	for j < limit {
		r, size := utf8.DecodeRuneInString(text[j:limit])
		if isSpace(r) {
			break
		}
		j += size
	}
	return text[i:j], j
}

// trimWord splits a token into its word, without opening marks, and the
// punctuation that trails it.
func trimWord(tok string) (w, punct string) {
	for tok != "" {
		r, size := utf8.DecodeRuneInString(tok)
		if !isOpener(r) {
			break
		}
		tok = tok[size:]
	}
	end := len(tok)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(tok[:end])
		if isLetter(r) || isDigit(r) {
			break
		}
		end -= size
	}
	return tok[:end], tok[end:]
}

// nameGoesOn reports whether a capitalised word with its trailing
// punctuation may be followed by more of a name: no punctuation, or the
// period of an initial or a title ("F.", "Sen.").
func nameGoesOn(w, punct string) bool {
	switch punct {
	case "":
		return true
	case ".":
		r, size := utf8.DecodeRuneInString(w)
		return (size == len(w) && isUpper(r)) || abbrevKind(w) == lexicon.AbbrevTitle
	}
	return false
}

// isCueVerb reports whether w, alone or with the word after it ("went
// on"), is a form of a speech verb.
func isCueVerb(w, text string, end, limit int) bool {
	cues := lexicon.CueVerbs()
	var buf [maxWord]byte
	key, ok := lowerInto(buf[:], w)
	if !ok {
		return false
	}
	if _, found := cues[string(key)]; found {
		return true
	}
	next, _ := token(text, skipSpace(text, end, limit), limit)
	next, _ = trimWord(next)
	n := len(key)
	if next == "" || n+1+len(next) > len(buf) {
		return false
	}
	buf[n] = ' '
	rest, ok := lowerInto(buf[n+1:], next)
	if !ok {
		return false
	}
	_, found := cues[string(buf[:n+1+len(rest)])]
	return found
}

// isAdverb reports a word that may stand between speaker and verb.
func isAdverb(w string) bool {
	n := len(w)
	return (n > 3 && w[n-2:] == "ly") || wordIn(adverbs, w)
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpper(r)
}
