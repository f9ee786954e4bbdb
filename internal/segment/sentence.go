package segment

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/internal/span"
)

// Sentences returns the sentences of every paragraph, in order: sorted,
// non-overlapping, trimmed of white space, and inside their paragraph (a
// sentence never crosses a paragraph boundary). A closing quotation mark
// or bracket after a terminator belongs to the sentence it closes.
//
// paragraphs are normally those of [Paragraphs]. Others are tolerated:
// each is clipped to text and to the end of the one before, and skipped
// when nothing is left, so that the result keeps its guarantees. The
// work is linear in the length of the paragraphs.
//
// See the package documentation for the rules.
func Sentences(text string, paragraphs []span.Span) []span.Span {
	var out []span.Span
	eachSentence(text, paragraphs, func(s span.Span) bool {
		out = append(out, s)
		return true
	}, nil)
	return out
}

// SentenceSeq returns the sentences of the paragraphs as a sequence, as
// [Sentences] would list them, without building a slice. The sequence may
// be iterated any number of times; each iteration scans text again.
func SentenceSeq(text string, paragraphs []span.Span) iter.Seq[span.Span] {
	return func(yield func(span.Span) bool) {
		eachSentence(text, paragraphs, yield, nil)
	}
}

// Decision records why the segmenter did or did not end a sentence at a
// terminator, or why it cut where a list item starts.
type Decision struct {
	Mark  span.Span `json:"mark"`  // the terminator with the closing marks after it; empty at a list item
	Split bool      `json:"split"` // a sentence ends here
	At    int       `json:"at"`    // where the sentence ends, when Split
	Rule  Rule      `json:"rule"`  // the rule that decided
}

// Explain returns every decision that [Sentences] takes on the
// paragraphs, in text order: one per terminator and one per list item.
func Explain(text string, paragraphs []span.Span) []Decision {
	var out []Decision
	eachSentence(text, paragraphs, func(span.Span) bool { return true }, func(d Decision) {
		out = append(out, d)
	})
	return out
}

// eachSentence calls yield with the sentences of every paragraph, and
// note (when not nil) with every decision.
func eachSentence(text string, paragraphs []span.Span, yield func(span.Span) bool, note func(Decision)) {
	prevEnd := 0
	for _, p := range paragraphs {
		p.Start = max(p.Start, prevEnd, 0)
		p.End = min(p.End, len(text))
		if p.Start >= p.End {
			continue
		}
		prevEnd = p.End
		s := sentencer{text: text, start: p.Start, end: p.End, yield: yield, note: note}
		if !s.run() {
			return
		}
	}
}

// sentencer splits one paragraph, text[start:end], into sentences.
type sentencer struct {
	text  string
	start int   // start of the sentence being read
	end   int   // end of the paragraph
	cuts  []int // starts of list items not yet reached
	yield func(span.Span) bool
	note  func(Decision)
}

// run yields the paragraph's sentences; it reports false when yield asked
// to stop.
func (s *sentencer) run() bool {
	text := s.text
	s.cuts = listCuts(text, s.start, s.end)
	f := newFinder(text, s.end)
	for i := s.start; ; {
		j := f.find(i)
		if !s.cutItems(j) {
			return false
		}
		if j >= s.end {
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:s.end])
		if !isTerminator(r) {
			i = j + size
			continue
		}
		var m mark
		readMark(&m, text, j, s.end)
		at, rule := s.decide(&m)
		if s.note != nil {
			s.note(Decision{Mark: span.Span{Start: m.start, End: m.end}, Split: at >= 0, At: max(at, 0), Rule: rule})
		}
		if at >= 0 && !s.emit(at) {
			return false
		}
		i = m.end
	}
	return s.emit(s.end)
}

// finder finds the bytes that may start a terminator ('.', '!', '?' and
// 0xE2, the lead byte of "…" and its kin) with one strings.IndexByte per
// byte value, remembering the next offset of each.
type finder struct {
	text string
	end  int
	next [len(finderBytes)]int // next offset of each byte, end when none
}

var finderBytes = [...]byte{'.', '!', '?', 0xE2}

// newFinder returns a finder over text[:end].
func newFinder(text string, end int) finder {
	f := finder{text: text, end: end}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// find returns the offset of the first candidate byte at or after i, or
// end. A 0xE2 byte is a candidate only when it starts a terminator, so
// that curly quotation marks and dashes cost one search each.
func (f *finder) find(i int) int {
	best := f.end
	for k, c := range finderBytes {
		if f.next[k] < i {
			f.next[k] = f.index(i, c)
		}
		best = min(best, f.next[k])
	}
	return best
}

// index returns the offset of the first c at or after i that may start a
// terminator, or end.
func (f *finder) index(i int, c byte) int {
	for i < f.end {
		j := strings.IndexByte(f.text[i:f.end], c)
		if j < 0 {
			return f.end
		}
		i += j
		if c != 0xE2 || startsTerminator(f.text[i:f.end]) {
			return i
		}
		i++
	}
	return f.end
}

// startsTerminator reports whether s, which starts with the byte 0xE2,
// starts with "…", "‼", "‽", "⁇", "⁈" or "⁉".
func startsTerminator(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[1] {
	case 0x80:
		return s[2] == 0xA6 || s[2] == 0xBC || s[2] == 0xBD
	case 0x81:
		return s[2] == 0x87 || s[2] == 0x88 || s[2] == 0x89
	}
	return false
}

// cutItems ends a sentence at every list item that starts at or before
// offset j.
func (s *sentencer) cutItems(j int) bool {
	for len(s.cuts) > 0 && s.cuts[0] <= j {
		at := s.cuts[0]
		s.cuts = s.cuts[1:]
		if at <= s.start {
			continue
		}
		if s.note != nil {
			s.note(Decision{Mark: span.Span{Start: at, End: at}, Split: true, At: at, Rule: RuleListItem})
		}
		if !s.emit(at) {
			return false
		}
	}
	return true
}

// emit yields the sentence from s.start to at, trimmed, unless it is
// empty, and starts the next one at at.
func (s *sentencer) emit(at int) bool {
	if at <= s.start {
		return true
	}
	b, e := trimSpace(s.text, s.start, at)
	s.start = at
	if b == e {
		return true
	}
	return s.yield(span.Span{Start: b, End: e})
}

// mark is a run of terminators with the closing marks after it:
// "?!”)", ". . . .”", "…".
type mark struct {
	start    int  // its first terminator
	firstEnd int  // the end of that first terminator
	termEnd  int  // the end of its last terminator
	end      int  // the end of the closing marks
	dots     int  // its periods, "…" counting three
	spaced   bool // its periods are spaced: ". . ."
	bang     bool // it holds "!" or "?"
	quote    bool // a quotation mark closes after it
}

// readMark reads into m the mark whose first terminator is at offset i.
func readMark(m *mark, text string, i, limit int) {
	*m = mark{start: i}
	for i < limit {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:limit])
		}
		switch {
		case r == '.':
			m.dots++
		case r == '…':
			m.dots += 3
		case isTerminator(r):
			m.bang = true
		case r == ' ' && text[i-1] == '.' && i+1 < limit && text[i+1] == '.':
			m.spaced = true
		default:
			m.closeAt(text, i, limit)
			return
		}
		i += size
		if m.firstEnd == 0 {
			m.firstEnd = i
		}
	}
	m.closeAt(text, i, limit)
}

// closeAt records the end of the terminators at i and reads the closing
// marks after them.
func (m *mark) closeAt(text string, i, limit int) {
	m.termEnd = i
	for i < limit {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:limit])
		}
		if !isCloser(r) {
			break
		}
		m.quote = m.quote || isQuoteCloser(r)
		i += size
	}
	m.end = i
}

// decide returns where the sentence ends at mark m, or -1, and the rule
// that decided.
func (s *sentencer) decide(m *mark) (int, Rule) {
	text, limit := s.text, s.end
	next := skipSpace(text, m.end, limit)
	switch {
	case next == limit:
		return m.end, RuleParagraphEnd
	case next == m.end:
		return -1, RuleNoSpace
	case m.dots >= 3 && inBrackets(text, s.start, m):
		return -1, RuleBracketEllipsis
	case m.dots > 0 && !m.bang && m.start-s.start <= maxMarkerLen && isListMarker(text, s.start, m.start):
		return -1, RuleListMarker
	}
	ws, first := skipOpeners(text, next, limit)
	switch {
	case isLower(first):
		return -1, RuleLowerNext
	case isDigit(first) && !m.bang:
		return -1, RuleDigitNext
	case m.quote && (m.bang || m.dots >= 3) && cueFollows(text, next, limit):
		return -1, RuleCue
	case m.dots >= 3:
		return s.ellipsis(m, wordAt(text, ws, limit))
	case m.bang:
		return m.end, RuleExclamation
	}
	return s.period(m, ws)
}

// inBrackets reports an ellipsis set in brackets, "[...]" or "(…)": an
// editor's mark of omitted words, which ends nothing.
func inBrackets(text string, start int, m *mark) bool {
	before, _ := utf8.DecodeLastRuneInString(text[start:m.start])
	if before == ' ' {
		before, _ = utf8.DecodeLastRuneInString(text[start : m.start-1])
	}
	after, _ := utf8.DecodeRuneInString(text[m.termEnd:m.end])
	return (before == '[' && after == ']') || (before == '(' && after == ')')
}

// ellipsis decides at a mark of three periods or more, before a capital.
// Four dots are an ellipsis and a period, so they end the sentence; when
// the first of them is attached to the word (". . . ." after "word") the
// period ends the sentence and the ellipsis opens the next one. A spaced
// three-dot ellipsis marks an omission inside a sentence; an unspaced one
// ("..." or "…") trails off and ends it, unless "I" follows.
func (s *sentencer) ellipsis(m *mark, word string) (int, Rule) {
	switch {
	case m.dots >= 4 && m.spaced && m.start > s.start && !isSpace(rune(s.text[m.start-1])):
		return m.firstEnd, RuleEllipsisLead
	case m.dots >= 4:
		return m.end, RuleEllipsisEnd
	case m.spaced || word == "I":
		return -1, RuleEllipsisPause
	}
	return m.end, RuleEllipsisEnd
}

// period decides at a single period before a capital or a symbol, from
// the word it ends.
func (s *sentencer) period(m *mark, next int) (int, Rule) {
	text := s.text
	w, ok := wordBefore(text, s.start, m.start)
	if !ok || w == "" {
		return m.end, RuleSentenceEnd
	}
	wordStart := m.start - len(w)
	kind := abbrevKind(w)
	r, size := utf8.DecodeRuneInString(w)
	letter := size == len(w) && isUpper(r)
	if kind == lexicon.AbbrevNone && !letter {
		return m.end, RuleSentenceEnd
	}
	word := wordAt(text, next, s.end)
	switch kind {
	case lexicon.AbbrevTitle:
		if opensSentence(word) && prevWordCapitalized(text, s.start, wordStart) {
			return m.end, RuleAbbrevEnd // "Main St. The"
		}
		return -1, RuleTitle
	case lexicon.AbbrevNum:
		if isRoman(text, word, next+len(word), s.end) {
			return -1, RuleNumberAbbrev
		}
	case lexicon.AbbrevAny:
		return s.abbreviation(m, word)
	}
	if letter {
		return s.initial(m, w, wordStart, word)
	}
	return m.end, RuleSentenceEnd
}

// abbreviation decides after an abbreviation that may end a sentence
// ("etc.", "Inc.", "U.S.", "p.m."): it does when the next word opens
// sentences, or is an honorific unless the sentence so far is a fronted
// adverbial ("At 5 a.m. Mr. Smith went").
func (s *sentencer) abbreviation(m *mark, word string) (int, Rule) {
	if opensSentence(word) {
		return m.end, RuleAbbrevEnd
	}
	if wordIn(honorifics, word) && !isFrontedAdverbial(s.text, s.start, m.start) {
		return m.end, RuleAbbrevEnd
	}
	return -1, RuleAbbrev
}

// initial decides after a single capital letter w: an initial ("John F.
// Kerry") unless a word that opens sentences follows, or unless w is the
// pronoun "I", which stands after a lower-case word ("you and I. Did").
func (s *sentencer) initial(m *mark, w string, wordStart int, word string) (int, Rule) {
	if w == "I" && !prevWordCapitalized(s.text, s.start, wordStart) {
		return m.end, RuleSentenceEnd
	}
	if opensSentence(word) {
		return m.end, RuleInitialEnd
	}
	return -1, RuleInitial
}
