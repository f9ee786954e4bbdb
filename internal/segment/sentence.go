package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/internal/span"
)

// Sentences returns the sentences of every paragraph, in order. A sentence
// never crosses a paragraph boundary. Spans are trimmed of white space.
func Sentences(text string, paragraphs []span.Span) []span.Span {
	var out []span.Span
	for _, p := range paragraphs {
		out = appendSentences(out, text, p)
	}
	return out
}

// appendSentences splits one paragraph.
func appendSentences(out []span.Span, text string, p span.Span) []span.Span {
	start := p.Start
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := skipClosers(text, i, p.End)
		if isBoundary(text, p, start, i, end) {
			out = appendTrimmed(out, text, start, end)
			start = end
		}
		i = end
	}
	return appendTrimmed(out, text, start, p.End)
}

// isTerminator reports runes that may end a sentence.
func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// skipClosers moves past a run of terminators and the closing quotation
// marks and brackets that follow them ("?!”)").
func skipClosers(text string, i, limit int) int {
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:limit])
		if !isTerminator(r) && !isCloser(r) {
			break
		}
		i += size
	}
	return i
}

// isCloser reports closing quotation marks and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '」', '』', ')', ']', '}':
		return true
	}
	return false
}

// isBoundary decides whether a terminator at term, whose run ends at end,
// closes a sentence that began at start.
func isBoundary(text string, p span.Span, start, term, end int) bool {
	next := skipSpace(text, end, p.End)
	if next == p.End {
		return true
	}
	if next == end {
		return false // "3.14", "U.S.A", "Yahoo!Mail": no space after
	}
	r, _ := utf8.DecodeRuneInString(text[next:p.End])
	if unicode.IsLower(r) {
		return false
	}
	if text[term] == '.' && !periodEnds(text, start, term, next, p.End) {
		return false
	}
	return !cueFollows(text, term, end, next, p.End)
}

// skipSpace returns the offset of the first non-space byte at or after i.
func skipSpace(text string, i, limit int) int {
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:limit])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// periodEnds decides whether the period at term ends the sentence, given
// the word it closes and the word that follows at next.
func periodEnds(text string, start, term, next, limit int) bool {
	word := wordBefore(text, start, term)
	if word == "" {
		return true
	}
	lower := strings.ToLower(word)
	switch lexicon.Abbreviations()[lower] {
	case lexicon.AbbrevTitle:
		return false
	case lexicon.AbbrevNum:
		r, _ := utf8.DecodeRuneInString(text[next:limit])
		return !unicode.IsDigit(r)
	case lexicon.AbbrevAny:
		return startsSentence(text, next, limit)
	}
	if isInitial(word) {
		return false
	}
	return true
}

// wordBefore returns the run of letters and inner periods that ends at the
// period at term ("Dr", "U.S", "F").
func wordBefore(text string, start, term int) string {
	i := term
	for i > start {
		r, size := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.TrimLeft(text[i:term], ".")
}

// isInitial reports a single capital letter, as in "John F. Kerry".
func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

// startsSentence reports whether the word at next looks like the start of
// a new sentence after an abbreviation that may also end one: a capitalised
// common opener such as a pronoun or article.
func startsSentence(text string, next, limit int) bool {
	end := next
	for end < limit {
		r, size := utf8.DecodeRuneInString(text[end:limit])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	switch strings.ToLower(text[next:end]) {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this",
		"that", "these", "those", "his", "her", "their", "but", "and", "in",
		"on", "at", "if", "when", "while", "there", "what", "who", "how":
		return true
	}
	return false
}

// cueFollows reports a quotation that ends with a terminator and is
// followed by its attribution ("Why?" Kerry asked.), which continues the
// sentence: a closing mark, then one to four words and a speech verb.
func cueFollows(text string, term, end, next, limit int) bool {
	if !hasClosingQuote(text[term:end]) {
		return false
	}
	words := strings.Fields(text[next:min(limit, next+80)])
	cues := lexicon.CueVerbs()
	for i := 0; i < len(words) && i < 5; i++ {
		w := strings.ToLower(strings.TrimRight(words[i], ".,;:!?"))
		if _, ok := cues[w]; ok {
			return i > 0
		}
		if i > 0 && !startsUpper(words[i]) {
			return false
		}
	}
	return false
}

// hasClosingQuote reports a closing quotation mark in s.
func hasClosingQuote(s string) bool {
	return strings.ContainsAny(s, "\"”’»」』")
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
