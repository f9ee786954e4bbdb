package quote

import (
	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// speechEnd returns where the words of a quotation whose closing mark is
// missing end when its text [from, to) runs into an attribution: after the
// punctuation before a cue clause (“Wait for me, she called. ends after
// "me,"). It reports false when the text holds no cue clause.
func speechEnd(text string, from, to int) (int, bool) {
	for i := from; i < to; i++ {
		switch text[i] {
		case ',', '!', '?':
			if cueClauseAt(text, i+1, to) {
				return i + 1, true
			}
		}
	}
	return 0, false
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

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "I", "we", "you", "it":
		return true
	}
	return false
}

func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

func isClauseEnd(c byte) bool {
	return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == ':'
}
