package speaker

import (
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token is.
type tokenKind uint8

const (
	tokWord  tokenKind = iota + 1 // letters and digits, with inner ' ’ - .
	tokPunct                      // one punctuation or symbol rune
	tokQuote                      // a whole top-level quotation
)

// token is one unit of a paragraph's narration. Quotations are single
// tokens, so the words inside them are never taken for speakers.
type token struct {
	Span
	kind  tokenKind
	upper bool // a word starting with an upper-case letter
	quote int  // for tokQuote: the quotation's index; otherwise -1
	sent  int  // index of the sentence the token starts in
}

// tokenizer turns paragraphs into tokens, reusing its buffer.
type tokenizer struct {
	text   string
	quotes []quoteRef // top-level quotations, sorted
	sents  []Span
	qi, si int // cursors into quotes and sents
}

// quoteRef is a top-level quotation and its index among all quotations.
type quoteRef struct {
	Span
	index int
}

// paragraph appends the tokens of paragraph p to out.
func (t *tokenizer) paragraph(out []token, p Span) []token {
	for i := p.Start; i < p.End; {
		for t.qi < len(t.quotes) && t.quotes[t.qi].End <= i {
			t.qi++
		}
		if t.qi < len(t.quotes) && t.quotes[t.qi].Start <= i {
			q := t.quotes[t.qi]
			out = append(out, token{Span: Span{Start: q.Start, End: min(q.End, max(p.End, q.Start))}, kind: tokQuote, quote: q.index, sent: t.sentence(i)})
			i = q.End
			continue
		}
		r, size := utf8.DecodeRuneInString(t.text[i:])
		switch {
		case isWordStart(r):
			end := t.wordEnd(i, p.End)
			out = append(out, token{Span: Span{Start: i, End: end}, kind: tokWord, upper: unicode.IsUpper(r), quote: -1, sent: t.sentence(i)})
			i = end
		case unicode.IsSpace(r) || r == utf8.RuneError:
			i += size
		default:
			out = append(out, token{Span: Span{Start: i, End: i + size}, kind: tokPunct, quote: -1, sent: t.sentence(i)})
			i += size
		}
	}
	return out
}

// sentence returns the index of the sentence holding offset i, advancing
// the cursor; offsets come in increasing order.
func (t *tokenizer) sentence(i int) int {
	for t.si+1 < len(t.sents) && t.sents[t.si].End <= i {
		t.si++
	}
	return t.si
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, joined by one apostrophe, hyphen or period between word runes
// ("don’t", "al-Assad", "U.S").
func (t *tokenizer) wordEnd(i, limit int) int {
	for i < limit {
		r, size := utf8.DecodeRuneInString(t.text[i:limit])
		if isWordRune(r) {
			i += size
			continue
		}
		if isJoiner(r) && i+size < limit {
			next, _ := utf8.DecodeRuneInString(t.text[i+size : limit])
			if isWordRune(next) && t.joinerAllowed(r, i) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// joinerAllowed keeps a period inside a word only between single letters
// (U.S, a.m), so "Kerry.He" stays two words.
func (t *tokenizer) joinerAllowed(r rune, i int) bool {
	if r != '.' {
		return true
	}
	prev, size := utf8.DecodeLastRuneInString(t.text[:i])
	before, _ := utf8.DecodeLastRuneInString(t.text[:i-size])
	return !isWordRune(before) && unicode.IsLetter(prev)
}

// isWordStart reports a rune that may start a word: a letter or a digit.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRune reports a rune that may continue a word: a letter, a digit or
// a combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports a rune that joins two parts of one word when letters
// stand on both sides of it (O'Neill, Smith-Jones, U.S.).
func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐' }
