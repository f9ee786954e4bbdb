package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/internal/segment"
)

// classify sets the Kind of every quote from its words and the sentence
// around it. Nested quotations that are words or names are terms; other
// nested quotations are direct.
func classify(text string, paragraphs []Span, qs []Quote) {
	sentences := segment.Sentences(text, paragraphs)
	si := 0
	for i := range qs {
		q := &qs[i]
		for si < len(sentences) && sentences[si].End <= q.Span.Start {
			si++
		}
		sent := Span{Start: q.Span.Start, End: q.Span.End}
		if si < len(sentences) && sentences[si].Start <= q.Span.Start {
			sent.Start = sentences[si].Start
		}
		sent.End = sentenceEnd(sentences, si, q.Span.End)
		q.Kind = kindOf(text, qs, i, sent)
	}
}

// sentenceEnd returns the end of the sentence holding offset end, starting
// the search at sentence index si.
func sentenceEnd(sentences []Span, si, end int) int {
	for j := si; j < len(sentences); j++ {
		if sentences[j].End >= end {
			if sentences[j].Start > end {
				return end
			}
			return sentences[j].End
		}
	}
	return end
}

// kindOf decides the kind of quote i inside sentence sent.
func kindOf(text string, qs []Quote, i int, sent Span) Kind {
	q := qs[i]
	content := strings.TrimSpace(q.Content.Text(text))
	if q.Unclosed || len(q.Parts) > 0 {
		return Direct
	}
	before := strings.TrimSpace(text[sent.Start:q.Span.Start])
	after := strings.TrimSpace(text[q.Span.End:sent.End])
	if isTitleContext(before) {
		return Term
	}
	if looksLikeSpeech(content, before, after) {
		return Direct
	}
	if q.Parent >= 0 {
		return Term
	}
	if wordCount(content) >= 5 && !isTitleCase(content) {
		return Partial
	}
	if hasCue(text, qs, i, sent) {
		return Partial
	}
	return Term
}

// looksLikeSpeech reports a quotation that stands as speech of its own: it
// starts with a capital and ends with sentence punctuation or a comma, or
// it fills its sentence, or a colon introduces it.
func looksLikeSpeech(content, before, after string) bool {
	if content == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(content)
	last, _ := utf8.DecodeLastRuneInString(content)
	capital := unicode.IsUpper(first) || unicode.IsDigit(first) || first == '…'
	ends := strings.ContainsRune(".!?,…—–-;:", last)
	if before == "" && after == "" && wordCount(content) > 1 {
		return true
	}
	if strings.HasSuffix(before, ":") && capital {
		return true
	}
	if capital && ends && wordCount(content) > 1 {
		return true
	}
	return capital && ends && (before == "" || strings.HasSuffix(before, ","))
}

// titleCues are words after which a quotation names a thing rather than
// quoting a speaker.
var titleCues = []string{
	"so-called", "called", "titled", "entitled", "named", "dubbed", "nicknamed",
	"known as", "the word", "the words", "the term", "the phrase", "the slogan",
	"headlined", "labeled", "labelled", "branded", "marked", "signed", "read",
	"word", "term", "phrase", "slogan", "motto", "hashtag",
}

// isTitleContext reports that the words before a quotation introduce a
// title, a name or a mentioned word.
func isTitleContext(before string) bool {
	lower := strings.ToLower(before)
	for _, c := range titleCues {
		if strings.HasSuffix(lower, c) && (len(lower) == len(c) || !isWordRune(rune(lower[len(lower)-len(c)-1]))) {
			return true
		}
	}
	return false
}

// hasCue reports a speech verb or "according to" in the narration of the
// sentence, outside quote i and outside any cue that already belongs to a
// direct quotation right before it.
func hasCue(text string, qs []Quote, i int, sent Span) bool {
	cues := lexicon.CueVerbs()
	consumed := consumedUntil(text, qs, i, sent)
	for _, w := range narrationWords(text, qs, sent) {
		if w.Start < consumed && w.Start < qs[i].Span.Start {
			continue
		}
		lower := strings.ToLower(w.Text(text))
		if _, ok := cues[lower]; ok {
			return true
		}
		if lower == "according" {
			return true
		}
	}
	return false
}

// consumedUntil returns the offset up to which the sentence's narration
// belongs to a direct quotation that ends with a comma or a question mark
// before quote i ("Q," Kerry told reporters, ...): the cue there introduces
// that quotation, not quote i.
func consumedUntil(text string, qs []Quote, i int, sent Span) int {
	until := sent.Start
	for j := i - 1; j >= 0 && qs[j].Span.End > sent.Start; j-- {
		c := strings.TrimSpace(qs[j].Content.Text(text))
		if qs[j].Depth == 0 && strings.ContainsAny(lastRune(c), ",?!") {
			return qs[i].Span.Start
		}
	}
	return until
}

// narrationWords returns the words of sent that lie outside top-level
// quotations.
func narrationWords(text string, qs []Quote, sent Span) []Span {
	var out []Span
	pos := sent.Start
	first := sort.Search(len(qs), func(k int) bool { return qs[k].Span.End > sent.Start })
	for _, q := range qs[first:] {
		if q.Depth != 0 || q.Span.End <= pos {
			continue
		}
		if q.Span.Start >= sent.End {
			break
		}
		out = appendWords(out, text, pos, max(pos, q.Span.Start))
		pos = q.Span.End
	}
	return appendWords(out, text, pos, sent.End)
}

// appendWords appends the runs of ASCII letters and hyphens in
// text[start:end].
func appendWords(out []Span, text string, start, end int) []Span {
	w := -1
	for k := start; k <= end; k++ {
		in := k < end && isASCIILetter(text[k])
		if in && w < 0 {
			w = k
		}
		if !in && w >= 0 {
			out = append(out, Span{Start: w, End: k})
			w = -1
		}
	}
	return out
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' }

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// isTitleCase reports a short phrase whose words all start with a capital,
// as titles and names do.
func isTitleCase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of s as a string, or "".
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}
