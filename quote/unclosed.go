package quote

import (
	"math/bits"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// speechEnd returns where the words of a quotation whose closing mark is
// missing end when its text [from, to) runs into an attribution: after the
// punctuation before a cue clause (“Wait for me, she called. ends after
// "me,"). It reports false when the text holds no cue clause.
func speechEnd(text string, from, to int) (int, bool) {
	for i := from; i < to; i++ {
		i = skipToClauseStop(text, i, to)
		if i >= to {
			break
		}
		switch text[i] {
		case ',', '!', '?':
			if cueClauseAt(text, i+1, to) {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// skipToClauseStop returns the offset of the first byte of text[pos:to]
// that is a comma, an exclamation or a question mark, or to when there is
// none; it may stop early at a byte that is none of them (the caller
// tests it again). It reads eight bytes at a time, so that a long
// quotation left open costs about a byte's test per eight bytes.
func skipToClauseStop(text string, pos, to int) int {
	for pos+8 <= to {
		w := text[pos : pos+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if m := hasByte(x, ',') | hasByte(x, '!') | hasByte(x, '?'); m != 0 {
			return pos + bits.TrailingZeros64(m)/8
		}
		pos += 8
	}
	return pos
}

// cueClauseAt reports a short attribution starting at offset at: at most
// five words, one of the first three a speech verb, the first a pronoun,
// a capitalised word or the verb itself, at least two words (a verb alone,
// as in "…, remember, …", has no subject and attributes nothing), and
// nothing after the clause but punctuation (she called. / said Mr. Hale, /
// he cried;).
func cueClauseAt(text string, at, limit int) bool {
	cue := false
	i := at
	for n := 0; n < 5; n++ {
		j := i
		for j < limit && text[j] == ' ' {
			j++
		}
		if n == 0 && (j == i || j-i > 2) {
			return false // the clause follows the punctuation after one space
		}
		w := leadingWord(text[j:limit])
		if w == "" {
			return false
		}
		if n < 3 && isAttributionVerb(w) {
			cue = true
		} else if n == 0 && !isPronoun(w) && !isUpperByte(w[0]) {
			return false
		}
		i = j + len(w)
		if i < limit && text[i] == '.' && n > 0 && !cue {
			return false
		}
		if i >= limit || isClauseEnd(text[i]) {
			return cue && n > 0 && (i >= limit || i+1 >= limit || text[i+1] == ' ' || text[i+1] == '\n')
		}
		if text[i] != ' ' {
			return false
		}
	}
	return false
}

// isAttributionVerb reports a speech verb that introduces someone's words,
// leaving out verbs of thinking (I think, I suppose), which speech itself
// often holds.
func isAttributionVerb(w string) bool {
	lemma, ok := lexicon.CueVerbs()[w]
	if !ok {
		return false
	}
	switch lemma {
	case "think", "believe", "guess", "figure", "wonder", "suppose", "estimate", "calculate":
		return false
	}
	return true
}

// isPronoun reports a subject pronoun that may open a cue clause.
func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "I", "we", "you", "it":
		return true
	}
	return false
}

// isUpperByte reports an ASCII capital letter.
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// isClauseEnd reports the ASCII punctuation that ends a clause: a cue
// clause, or a stretch of speech inside its closing mark.
func isClauseEnd(c byte) bool {
	return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == ':'
}
