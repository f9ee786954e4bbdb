package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// classify sets the Kind of every quotation from its words and the
// sentence around it. bounds[i] is the paragraph of quotation i, or the
// content of its parent for a nested quotation.
func classify(text string, qs []Quote, bounds []Span) {
	for i := range qs {
		if qs[i].Parent >= 0 {
			bounds[i] = qs[qs[i].Parent].Content
		}
		c := newQuoteContext(text, qs, bounds, i)
		qs[i].Kind = c.kind(&qs[i])
		if j := c.listed; j >= 0 {
			qs[i].Kind = listKind(qs[j].Kind, qs[i].Kind)
			if qs[i].Kind == Direct && qs[j].Kind == Term {
				qs[j].Kind = Direct // “_I_ will”--and “_I_ will!” cried the ladies
			}
		}
	}
}

// listKind is the kind of a quotation listed right after another ("Yes,"
// and "Quite so."; “judgment” and “honesty”): the words of one speaker
// stay speech, unless the second reads as speech on its own.
func listKind(prev, own Kind) Kind {
	switch {
	case prev == Direct && own != Direct, prev == Partial && own == Term:
		return prev
	}
	return own
}

// quoteContext is what the kind rules read about one quotation.
type quoteContext struct {
	content string // the quoted words, trimmed
	before  string // the sentence's text before the quotation, after any earlier quotation
	after   string // the sentence's text after the quotation, before any later one
	// prevSpeech reports an earlier quotation in the same sentence that
	// reads as speech ("A," he said, ...), which the cue before this one
	// introduces.
	prevSpeech bool
	// split reports that the previous quotation of the paragraph ends as
	// speech interrupted by its cue, and only that cue stands between the
	// two ("A," she said, "b.").
	split bool
	// listed is the index of the quotation this one follows in a list
	// ("A," "B" and "C"), or -1.
	listed int
}

// newQuoteContext gathers the context of quotation i.
func newQuoteContext(text string, qs []Quote, bounds []Span, i int) quoteContext {
	q, b := qs[i], bounds[i]
	b.Start, b.End = min(b.Start, q.Span.Start), max(b.End, q.Span.End)
	start := sentenceStart(text, b.Start, q.Span.Start)
	end := sentenceEnd(text, q.Span.End, b.End)
	c := quoteContext{content: strings.TrimSpace(q.Content.Text(text)), listed: -1}
	from := start
	if j := prevSibling(qs, i); j >= 0 && qs[j].Span.End > b.Start && qs[j].Span.End <= q.Span.Start {
		gap := text[qs[j].Span.End:q.Span.Start]
		prev := strings.TrimSpace(qs[j].Content.Text(text))
		c.split = endsAsSpeech(prev) && isCueClause(gap)
		if isListGap(gap) && (strings.ContainsAny(gap, ",;") || wordCount(gap) > 0 || strings.HasSuffix(prev, ",")) {
			c.listed = j
		}
		if qs[j].Span.End > start {
			from = qs[j].Span.End
			c.prevSpeech = endsAsSpeech(prev)
		}
	}
	to := end
	if j := nextSibling(qs, i); j >= 0 && qs[j].Span.Start < to {
		to = qs[j].Span.Start
	}
	c.before = strings.TrimSpace(text[from:q.Span.Start])
	c.after = strings.TrimSpace(text[q.Span.End:max(to, q.Span.End)])
	return c
}

// prevSibling returns the index of the quotation before i with the same
// parent, or -1. It looks back over a bounded number of quotations.
func prevSibling(qs []Quote, i int) int {
	for j := i - 1; j >= 0 && j >= i-maxDepth; j-- {
		if qs[j].Parent == qs[i].Parent {
			return j
		}
	}
	return -1
}

// nextSibling returns the index of the next quotation with the same
// parent, or -1.
func nextSibling(qs []Quote, i int) int {
	for j := i + 1; j < len(qs) && j <= i+maxDepth; j++ {
		if qs[j].Parent == qs[i].Parent {
			return j
		}
		if qs[j].Depth < qs[i].Depth {
			return -1
		}
	}
	return -1
}

// kind decides the kind of q.
func (c quoteContext) kind(q *Quote) Kind {
	if q.Style == DashDialogue || q.Unclosed || len(q.Parts) > 0 {
		return Direct
	}
	if c.content == "" || endsWithTermCue(c.before) {
		return Term
	}
	if q.Depth > 0 {
		return c.nestedKind()
	}
	cueBefore := introducesSpeech(c.before)
	cueAfter := cueLeads(c.after) && (endsAsSentence(c.content) || startsWithPunct(c.after))
	switch {
	case c.split:
		return Direct
	case namesBefore(c.before) && c.looksLikeTitle():
		return Term // labelled ‘ORANGE MARMALADE’
	case c.opensSentence(cueBefore) && startsSentence(c.content) &&
		(endsAsSentence(c.content) || !hasLetter(c.after) || cueAfter || startsWithPunct(c.after)):
		return Direct
	case c.before == "" && !hasLetter(c.after):
		return Direct // a quotation that is a sentence of its own: "?"
	case c.looksLikeTitle() && !cueBefore && !cueAfter:
		return Term
	case cueBefore || cueAfter:
		if startsSentence(c.content) {
			return Direct
		}
		return Partial
	case wordCount(c.content) >= 4:
		return Partial
	case cueWords(c.before) > boolInt(c.prevSpeech):
		return Partial
	}
	return Term
}

// opensSentence reports a quotation at the start of its sentence, or
// right after a colon, a dash or a speech cue.
func (c quoteContext) opensSentence(cueBefore bool) bool {
	return c.before == "" || strings.HasSuffix(c.before, ":") || endsWithDash(c.before) || cueBefore
}

// endsAsSentence reports quoted words that end with sentence or clause
// punctuation, as speech does ("Yes.", "But it is,").
func endsAsSentence(content string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(content, "_*'\"’”"))
	return strings.ContainsRune(".,!?…—–-;:", last)
}

// nestedKind decides the kind of a quotation inside another: speech
// reported inside the speech (She said, ‘Come.’) is direct; a word or
// name quoted inside it is a term.
func (c quoteContext) nestedKind() Kind {
	if c.looksLikeTitle() {
		return Term
	}
	cueBefore := introducesSpeech(c.before)
	if (c.opensSentence(cueBefore) || cueLeads(c.after)) && startsSentence(c.content) {
		return Direct
	}
	return Term
}

// looksLikeTitle reports words that read as a title or a name: in title
// case, and not a short exclamation or question ("Out!").
func (c quoteContext) looksLikeTitle() bool {
	if !isTitleCase(c.content) {
		return false
	}
	if c.before == "" && !strings.HasSuffix(c.content, ".") {
		return false // a title case sentence of its own: "Yes, Sir John!"
	}
	last, _ := utf8.DecodeLastRuneInString(c.content)
	return (last != '!' && last != '?') || wordCount(c.content) >= 4
}

// endsAsSpeech reports quoted words that end as speech interrupted by its
// cue: with a comma, a question or exclamation mark, or a dash.
func endsAsSpeech(content string) bool {
	last, _ := utf8.DecodeLastRuneInString(content)
	return strings.ContainsRune(",!?—–-…", last)
}

// isCueClause reports the text between two parts of one utterance: a
// short clause with a speech verb that ends with punctuation (, she said, ),
// nothing else.
func isCueClause(gap string) bool {
	gap = strings.TrimSpace(gap)
	last, _ := utf8.DecodeLastRuneInString(gap)
	return wordCount(gap) <= 8 && cueWords(gap) > 0 && strings.ContainsRune(",;:.—–-", last) &&
		!strings.ContainsAny(gap, "“\"„«»")
}

// isListGap reports the text between two quotations of a list: nothing
// but punctuation and a conjunction (, and / or).
func isListGap(gap string) bool {
	n := 0
	for _, w := range strings.Fields(gap) {
		w = strings.ToLower(strings.Trim(w, ",;—–-"))
		switch w {
		case "", "and", "or", "nor", "then", "yes", "also", "even":
		default:
			return false
		}
		n++
	}
	return n <= 3
}

// introducesSpeech reports narration that ends by introducing a quotation:
// a colon, a speech verb as its last word (and Pooh said), or a speech
// verb among its last four words when they end with a comma or a colon
// (he said Sunday, / told reporters:).
func introducesSpeech(before string) bool {
	if strings.HasSuffix(before, ":") {
		return true
	}
	words := lastWords(before, 4)
	if len(words) == 0 {
		return false
	}
	if last := words[len(words)-1]; isCue(last) && !isTell(last) {
		return true // said "Yes." (but told "Fox and Friends": its object is the hearer)
	}
	if !strings.HasSuffix(before, ",") {
		return false
	}
	for _, w := range words {
		if isCue(w) {
			return true
		}
	}
	return false
}

// namesBefore reports narration that ends with a verb of naming (labelled,
// marked, called), after which words in title case are a name.
func namesBefore(before string) bool {
	words := lastWords(before, 1)
	if len(words) == 0 {
		return false
	}
	switch lexicon.CueVerbs()[words[0]] {
	case "call", "label", "dub", "mark", "name", "title", "brand", "read":
		return true
	}
	return false
}

// isTell reports the forms of "tell", whose object is the hearer.
func isTell(w string) bool { return w == "tell" || w == "tells" || w == "told" || w == "telling" }

// cueLeads reports narration after a quotation that starts with its cue:
// a speech verb among the first four words (", he said", "Kerry told
// reporters"), or "according to", but not a new clause (and asked).
func cueLeads(after string) bool {
	after = strings.TrimLeft(after, ",;:—–- ")
	words := strings.Fields(after)
	for n, w := range words {
		if n >= 4 {
			break
		}
		w = strings.ToLower(strings.Trim(w, ",.;:!?()"))
		if w == "according" && n < 3 {
			return true
		}
		if isCue(w) {
			return n+1 >= len(words) || strings.ToLower(words[n+1]) != "that" // admitted that … reports other words
		}
		if n == 0 && isConjunction(w) || n > 0 && strings.ContainsAny(w, ",.;") {
			break
		}
	}
	return false
}

// isConjunction reports words that open a new clause.
func isConjunction(w string) bool {
	switch w {
	case "and", "but", "or", "so", "then", "yet", "nor", "because", "while":
		return true
	}
	return false
}

// cueWords counts the speech verbs in s.
func cueWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",.;:!?()—–"))
		if isCue(w) || w == "according" {
			n++
		}
	}
	return n
}

// isCue reports a lower-case speech verb that is not more often a noun
// (state, report, note).
func isCue(w string) bool {
	if nounLike[w] {
		return false
	}
	_, ok := lexicon.CueVerbs()[w]
	return ok
}

// nounLike lists forms of speech verbs that are more often nouns or
// adjectives than cues in running text.
var nounLike = map[string]bool{
	"state": true, "states": true, "report": true, "reports": true, "note": true, "notes": true,
	"text": true, "texts": true, "post": true, "posts": true, "order": true, "orders": true,
	"answer": true, "answers": true, "object": true, "objects": true, "counter": true,
	"charge": true, "charges": true, "figure": true, "figures": true, "offer": true, "offers": true,
	"put": true, "welcome": true, "comment": true, "comments": true, "remark": true,
	"remarks": true, "promise": true, "promises": true, "claim": true, "claims": true,
	"cry": true, "smile": true, "laugh": true, "sigh": true, "nod": true, "talk": true,
	"talks": true, "estimate": true, "estimates": true, "pledge": true, "vow": true,
	"tweet": true, "tweets": true, "email": true, "emails": true,
	"protest": true, "protests": true, "read": true, "reading": true,
	"command": true, "hail": true, "begin": true, "beginning": true,
	"continue": true, "resume": true, "swear": true, "sing": true, "chant": true,
}

// endsWithTermCue reports narration that ends with a word announcing a
// name, a title or a mentioned word (titled, the so-called, the word).
func endsWithTermCue(before string) bool {
	words := lastWords(before, 2)
	cues := lexicon.TermCues()
	if len(words) == 2 && cues.Has(words[0]+" "+words[1]) {
		return true
	}
	if len(words) > 0 && cues.Has(words[len(words)-1]) {
		return true
	}
	return calledAsName(before)
}

// calledAsName reports "called", "named" or "dubbed" used to give a name
// rather than to report words: after a form of "be" (is called) or a noun
// phrase with an article (a class called), not after a speaker (Trump
// dubbed him).
func calledAsName(before string) bool {
	words := lastWords(before, 4)
	n := len(words)
	if n == 0 || (words[n-1] != "called" && words[n-1] != "named" && words[n-1] != "dubbed") {
		return false
	}
	for _, w := range words[:n-1] {
		switch w {
		case "is", "was", "are", "were", "be", "been", "being", "a", "an":
			return true
		}
	}
	return false
}

// lastWords returns the last n words of s in lower case, without edge
// punctuation.
func lastWords(s string, n int) []string {
	if len(s) > maxContext {
		s = s[len(s)-maxContext:]
	}
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	for i, w := range f {
		f[i] = strings.ToLower(strings.Trim(w, ",.;:!?()[]—–"))
	}
	return f
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
		}
		in = true
	}
	return n
}

// startsSentence reports quoted words that begin like a sentence: with a
// capital, a digit, an ellipsis or a bracket.
func startsSentence(s string) bool {
	s = strings.TrimLeft(s, "_*'\"‘“")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '…' || r == '[' || r == '(' || r == '.'
}

// startsWithPunct reports text that starts with a comma, a semicolon or a
// dash, as the narration after a quotation does in logical punctuation
// („Komm her“, rief sie).
func startsWithPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == ',' || r == ';' || r == '—' || r == '–' || r == '-'
}

// endsWithDash reports text that ends with a dash.
func endsWithDash(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '—' || r == '–' || r == '-'
}

// minorWords are the short words a title leaves in lower case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true,
	"by": true, "from": true, "as": true, "vs": true, "via": true, "into": true, "over": true,
	"upon": true, "than": true, "is": true, "de": true, "la": true, "le": true, "du": true,
	"von": true, "van": true, "der": true, "y": true, "et": true,
}

// isTitleCase reports a phrase of at most ten words whose words all start
// with a capital or a digit, minor words aside, with at least two
// capitalised words or one capitalised word standing alone.
func isTitleCase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	caps := 0
	for i, w := range words {
		w = strings.TrimLeft(w, "([_*'\"‘“$#")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i > 0 && minorWords[strings.ToLower(strings.TrimRight(w, ",.:;!?"))]:
		case !unicode.IsLetter(r):
		default:
			return false
		}
	}
	return caps >= 1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
