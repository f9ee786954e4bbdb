package quote

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifier sets the nesting and the Kind of quotations, paragraph by
// paragraph.
type classifier struct {
	text string
	walk paragraphWalker
	// trace, when set, is told the rule that decided each quotation; tests
	// use it.
	trace func(q *Quote, r rule)
	// listStart and listEnd are the first and the last quotation of the
	// last list of quotations ("A," "B" and "C") seen.
	listStart, listEnd int
	// ctx is the context of the quotation being classified, reused from
	// one quotation to the next: it is large, and clearing it costs as
	// much as some of the rules.
	ctx quoteContext
	// open is setNesting's room for the quotations enclosing the current
	// one, kept from one paragraph to the next rather than cleared.
	open [maxDepth + 1]int
}

// finish fills the nesting and the kinds of qs[from:], whose quotations are
// all closed and none of which lies inside a quotation before from, and
// returns len(qs).
func (k *classifier) finish(qs []Quote, from int) int {
	if from >= len(qs) {
		return len(qs) // a paragraph without quotations
	}
	setNesting(qs, from, &k.open)
	for i := from; i < len(qs); i++ {
		k.classify(qs, i)
	}
	return len(qs)
}

// classify sets the Kind of quotation i from its words and the sentence
// around it, which lies inside its paragraph, or inside its parent's words
// for a nested quotation.
func (k *classifier) classify(qs []Quote, i int) {
	bound := k.walk.around(qs[i].Span)
	if qs[i].Parent >= 0 {
		bound = qs[qs[i].Parent].Content
	}
	if kind, r, ok := quickKind(k.text, qs, bound, i); ok {
		qs[i].Kind = kind
		if k.trace != nil {
			k.trace(&qs[i], r)
		}
		return
	}
	c := &k.ctx
	c.gather(k.text, qs, bound, i)
	var r rule
	qs[i].Kind, r = c.decide(&qs[i])
	if k.trace != nil {
		k.trace(&qs[i], r)
	}
	if j := c.listed; j >= 0 {
		if k.listEnd != j || k.listStart > j {
			k.listStart = j // j heads a new list
		}
		k.listEnd = i
		qs[i].Kind = listKind(qs[j].Kind, qs[i].Kind)
		if qs[i].Kind != Term {
			promoteList(qs, k.listStart, i) // “_I_ will”--and “_I_ will!” cried the ladies
		}
	}
}

// promoteList gives the kind of quotation i to the terms listed before it
// from quotation start on: the items of one list ("incredibly ugly," "a
// huge shock" and "a fight to the finish") are all someone's words when
// one of them reads so.
//
// The items before the last one that is not a term have been promoted
// already, so the walk stops there and the work stays linear.
func promoteList(qs []Quote, start, i int) {
	for m := i - 1; m >= start; m-- {
		if qs[m].Parent != qs[i].Parent {
			continue // a quotation inside an item
		}
		if qs[m].Kind != Term {
			return
		}
		qs[m].Kind = qs[i].Kind
	}
}

// paragraphWalker finds the paragraphs of quotations taken in order of
// start, skipping the paragraphs FindInParagraphs skips.
type paragraphWalker struct {
	text      string
	paras     []Span
	next      int // the paragraphs before next are walked past
	cur, last Span
}

// around returns the paragraph holding the start of s, or s itself.
func (w *paragraphWalker) around(s Span) Span {
	for w.cur.End <= s.Start && w.next < len(w.paras) {
		p := w.paras[w.next]
		w.next++
		if validParagraph(w.text, p, w.last) {
			w.cur, w.last = p, p // the rules read around the spans: rune edges do not matter
		}
	}
	if w.cur.Start <= s.Start && s.Start < w.cur.End {
		return w.cur
	}
	return s
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
	tail    tail   // the last words of before
	// The text before the quotation's sentence read for cues runs from
	// nearFrom to sentStart, the start of the sentence, inside the
	// paragraph (or the parent's words); qs and i locate the quotations in
	// it, whose words are not narration.
	nearFrom, sentStart int
	qs                  []Quote
	i                   int
	// prevSpeech reports an earlier quotation in the same sentence that
	// reads as speech ("A," he said, ...), which the cue before this one
	// introduces; a title ("Meet the Press," he said ...) is not speech.
	prevSpeech bool
	// prevPartial reports an earlier quotation in the same sentence that
	// is a fragment of reported speech: the fragments after it in the
	// sentence report the same speech (He pledged “cooperation” and a
	// “deep and sincere” bond).
	prevPartial bool
	// split reports that the previous quotation of the paragraph ends as
	// speech interrupted by its cue, and only that cue stands between the
	// two ("A," she said, "b.").
	split bool
	// dashed reports that only a short narration set off by dashes
	// stands between the previous quotation and this one (“Go”—he
	// pointed—“that way.”).
	dashed bool
	// listed is the index of the quotation this one follows in a list
	// ("A," "B" and "C"), or -1.
	listed int

	// The sentence's text after the quotation, before any later one, is
	// found on first use: most quotations are decided without it.
	text      string
	afterFrom int // where the text after starts
	afterMax  int // how far the sentence may run: its paragraph or the next quotation
	after     string
	afterDone bool
}

// gather fills c with the context of quotation i, replacing any context
// it held. It fills c in place: the context is large, and copying it costs
// as much as some of the rules.
func (c *quoteContext) gather(text string, qs []Quote, b Span, i int) {
	q := &qs[i]
	c.split, c.dashed, c.prevSpeech, c.prevPartial, c.afterDone = false, false, false, false, false
	b.Start, b.End = min(b.Start, q.Span.Start), max(b.End, q.Span.End)
	c.content, c.listed = q.Content.Text(text), -1
	if !hasPlainEdges(c.content) {
		c.content = trimSpace(c.content)
	}
	c.text, c.afterFrom, c.afterMax = text, q.Span.End, b.End
	if j := nextSibling(qs, i); j >= 0 && qs[j].Span.Start < c.afterMax {
		c.afterMax = qs[j].Span.Start
	}
	// The sentence is looked for no further back than the previous
	// quotation (and the terminator it may end with), so that the work
	// per quotation follows the text between quotations.
	lo := b.Start
	j := prevSibling(qs, i)
	if j >= 0 && (qs[j].Span.End <= b.Start || qs[j].Span.End > q.Span.Start) {
		j = -1
	}
	if j >= 0 {
		lo = max(lo, qs[j].Span.End-16)
	}
	start := sentenceStart(text, lo, q.Span.Start)
	from := start
	if j >= 0 {
		gap := text[qs[j].Span.End:q.Span.Start]
		prev := qs[j].Content.Text(text)
		if !hasPlainEdges(prev) {
			prev = trimSpace(prev)
		}
		c.split = (endsAsSpeech(prev) || commaOutside(gap)) && isCueClause(gap)
		c.dashed = dashInterruption(gap)
		// A cue clause holds a speech verb, which no list word is
		// (TestListWordsAreNotCues), so it never joins a list.
		if !c.split && isListGap(gap) && (hasComma(gap) || wordCount(gap) > 0 || strings.HasSuffix(prev, ",")) {
			c.listed = j
		}
		if qs[j].Span.End > start {
			from = qs[j].Span.End
			c.prevSpeech = qs[j].Kind != Term && endsAsSpeech(prev)
			c.prevPartial = qs[j].Kind == Partial
		}
	}
	c.before = trimNarration(text[from:q.Span.Start])
	c.tail.read(c.before)
	c.nearFrom, c.sentStart = max(b.Start, start-maxNearby), start
	c.qs, c.i = qs, i
}

// maxAfter bounds the text after a quotation that the rules read: its
// first words, and whether the sentence goes on.
const maxAfter = 96

// afterText returns the sentence's text after the quotation, before any
// later quotation, trimmed.
func (c *quoteContext) afterText() string {
	if !c.afterDone {
		to := sentenceEnd(c.text, c.afterFrom, min(c.afterMax, c.afterFrom+maxAfter))
		c.after = trimNarration(c.text[c.afterFrom:max(to, c.afterFrom)])
		c.afterDone = true
	}
	return c.after
}

// prevSibling returns the index of the quotation before i with the same
// parent, or -1. It looks back over a bounded number of quotations, and
// not past the parent: a quotation comes after the one enclosing it.
func prevSibling(qs []Quote, i int) int {
	for j := i - 1; j > qs[i].Parent && j >= i-maxDepth; j-- {
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

// decide returns the kind of q and the rule that decided it. The rules
// run from the cheapest and surest to the weakest; the text after the
// quotation is read only by the rules that need it.
func (c *quoteContext) decide(q *Quote) (Kind, rule) {
	if q.Style == DashDialogue || q.Unclosed || len(q.Parts) > 0 {
		return Direct, ruleOpen
	}
	if c.content == "" || c.tail.announcesTerm() || c.tail.namesObject(c.before) {
		return Term, ruleAnnounced
	}
	if isLetterName(c.content) {
		return Term, ruleLetter // pull the lever for “R” or “D”
	}
	if q.Depth > 0 {
		return c.nestedKind(), ruleNested
	}
	if c.split {
		return Direct, ruleSplit
	}
	if (c.tail.names() || c.tail.performsTitle() && !endsAsSpeech(c.content)) && c.looksLikeTitle() {
		return Term, ruleNamed // labelled ‘ORANGE MARMALADE’, sang ‘Annie Laurie’
	}
	cueBefore := c.tail.introducesSpeech()
	if c.opensSentence(cueBefore) && startsSentence(c.content) &&
		(endsAsSentence(c.content) || c.afterSupportsSpeech()) {
		return Direct, ruleSentence
	}
	if c.before == "" && !hasLetter(c.afterText()) {
		return Direct, ruleAlone // a quotation that is a sentence of its own: "?"
	}
	cueAfter := c.cueAfter()
	switch {
	case !cueBefore && !cueAfter && c.looksLikeTitle():
		return Term, ruleTitle
	case cueBefore || cueAfter:
		if startsSentence(c.content) {
			return Direct, ruleCue
		}
		return Partial, ruleCue
	case wordCountUpTo(c.content, 4) >= 4:
		return Partial, ruleLong
	case c.prevPartial || c.dashed:
		return Partial, ruleSameSpeech
	case cueWordsUpTo(c.before, boolInt(c.prevSpeech)) > boolInt(c.prevSpeech):
		return Partial, ruleCueInSentence
	case c.cueNearby():
		return Partial, ruleCueNearby
	case speechNounLeads(c.before):
		return Partial, ruleSpeechNoun
	}
	return Term, ruleNoSpeaker
}

// speechNounLeads reports a noun of speech followed by "that", or a noun
// of charge or promise followed by "of", in the sentence before a fragment:
// the fragment is the words the noun reports (her claim that the vote was
// “rigged”; warnings of a “long winter”), not a scare quote. "In charge
// of" reports no speech.
func speechNounLeads(before string) bool {
	prev, that, of := "", false, false
	for w, rest := firstWord(before); w != "" || rest != ""; w, rest = firstWord(rest) {
		if that && foldIs(w, "that") || of && foldIs(w, "of") {
			return true
		}
		that = speechNouns.has(w)
		of = that && ofSpeechNouns.has(w) && !foldIs(prev, "in")
		prev = w
	}
	return false
}

// rule names the kind rule that decided a quotation, for tests and
// debugging.
type rule uint8

const (
	ruleNone rule = iota
	ruleOpen
	ruleAnnounced
	ruleNested
	ruleSplit
	ruleNamed
	ruleSentence
	ruleAlone
	ruleTitle
	ruleCue
	ruleLong
	ruleCueInSentence
	ruleCueNearby
	ruleSameSpeech
	ruleNoSpeaker
	ruleLetter
	ruleSpeechNoun
)

var ruleNames = [...]string{"none", "open", "announced", "nested", "split", "named", "sentence",
	"alone", "title", "cue", "long", "cue-in-sentence", "cue-nearby", "same-speech", "no-speaker", "letter",
	"speech-noun"}

// String returns the rule's name, as traces report it.
func (r rule) String() string { return ruleNames[r] }

// maxNearby bounds the narration before a quotation's sentence in which a
// speech verb still makes a fragment someone's words.
const maxNearby = 150

// cueNearby reports a speech verb in the rest of the sentence after the
// quotation or in the narration just before its sentence, in the same
// paragraph: a fragment quoted among reported speech is the speaker's
// ("Kerry said the talks had stalled. Russia's “provocations” ...").
func (c *quoteContext) cueNearby() bool {
	return cueWordsUpTo(c.afterText(), 0) > 0 || c.cueBefore()
}

// cueBefore reports a speech verb in the narration from nearFrom to
// sentStart, outside the quotations of the same level. The cue that
// follows a quotation ending as speech ("We will," she said.) belongs to
// that quotation and does not count.
func (c *quoteContext) cueBefore() bool {
	hi := c.sentStart
	for j := c.i - 1; j >= 0 && j >= c.i-maxDepth && hi > c.nearFrom; j-- {
		q := &c.qs[j]
		if q.Parent != c.qs[c.i].Parent || q.Span.Start >= hi {
			continue
		}
		if q.Span.End < hi {
			k := cueWordsUpTo(c.text[max(q.Span.End, c.nearFrom):hi], 1)
			if k > 1 || k == 1 && !endsAsSpeech(trimSpace(q.Content.Text(c.text))) {
				return true
			}
		}
		hi = q.Span.Start
	}
	return hi > c.nearFrom && cueWordsUpTo(c.text[c.nearFrom:hi], 0) > 0
}

// afterSupportsSpeech reports narration after a quotation that opens its
// sentence which shows the quotation to be speech: none, a cue, or
// punctuation that sets the quotation off („Komm her“, rief sie).
func (c *quoteContext) afterSupportsSpeech() bool {
	after := c.afterText()
	return !hasLetter(after) || startsWithPunct(after) || c.cueAfter()
}

// cueAfter reports a cue right after quoted words that end like speech
// (“Yes,” she said) or are set off by punctuation.
func (c *quoteContext) cueAfter() bool {
	after := c.afterText()
	return (endsAsSentence(c.content) || startsWithPunct(after)) && cueLeads(after)
}

// opensSentence reports a quotation at the start of its sentence, or
// right after a colon, a dash or a speech cue.
func (c *quoteContext) opensSentence(cueBefore bool) bool {
	return c.before == "" || strings.HasSuffix(c.before, ":") || endsWithDash(c.before) || cueBefore
}

// endsAsSentence reports quoted words that end with sentence or clause
// punctuation, as speech does ("Yes.", "But it is,").
func endsAsSentence(content string) bool {
	return isClausePunct(lastRuneInside(content))
}

// nestedKind decides the kind of a quotation inside another: speech
// reported inside the speech (She said, ‘Come.’) is direct; a word or
// name quoted inside it is a term.
func (c *quoteContext) nestedKind() Kind {
	cueBefore := c.tail.introducesSpeech()
	if startsSentence(c.content) && (c.opensSentence(cueBefore) || cueLeads(c.afterText())) && !c.looksLikeTitle() {
		return Direct
	}
	return Term
}

// isLetterName reports quoted words that are one letter and punctuation,
// a letter under discussion ("R", "x") rather than speech. "I" and "A"
// alone may be speech ("I," he began), so capitals followed by nothing
// else count only when they are not those words.
func isLetterName(content string) bool {
	if len(content) >= 2 && isASCIILetter(content[0]) && isASCIILetter(content[1]) {
		return false // two letters: speech or a word, the common case
	}
	letter, n := rune(0), 0
	for _, r := range content {
		switch {
		case unicode.IsLetter(r):
			if n++; n > 1 {
				return false // speech, read no further
			}
			letter = r
		case unicode.IsPunct(r) || unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n == 1 && letter != 'I' && letter != 'A' && letter != 'O'
}

// looksLikeTitle reports words that read as a title or a name: in title
// case, and not a short exclamation or question ("Out!").
func (c *quoteContext) looksLikeTitle() bool {
	if !isTitleCase(c.content) {
		return false
	}
	if c.before == "" && !strings.HasSuffix(c.content, ".") && c.afterSupportsSpeech() {
		return false // a title case sentence of its own: "Yes, Sir John!"
	}
	last := lastRuneInside(c.content)
	return (last != '!' && last != '?') || wordCount(c.content) >= 4
}

// endsAsSpeech reports quoted words that end as speech interrupted by its
// cue: with a comma, a question or exclamation mark, or a dash.
func endsAsSpeech(content string) bool {
	return isSpeechBreak(lastRune(content))
}

// isCueClause reports the text between two parts of one utterance: a
// short clause with a speech verb that ends with punctuation (, she said, ),
// nothing else.
func isCueClause(gap string) bool {
	gap = trimNarration(gap)
	return isCueClauseEnd(lastRune(gap)) && wordCountUpTo(gap, 8) <= 8 && cueWordsUpTo(gap, 0) > 0 && !hasDoubleMark(gap)
}

// isListGap reports the text between two quotations of a list: nothing
// but punctuation and a conjunction (, and / or).
func isListGap(gap string) bool {
	n := 0
	for w, rest := firstWord(gap); w != "" || rest != ""; w, rest = firstWord(rest) {
		if !isListWord(w) {
			return false
		}
		n++
	}
	return n <= 3
}

// cueLeads reports narration after a quotation that starts with its cue:
// a speech verb among the first four words of its clause (", he said",
// "Kerry told reporters"), or "according to"; not a new clause (and
// asked), nor a verb that reports other words (admitted that), nor a
// participle, which introduces what follows it (, adding, “…”), nor a
// passive, which names no speaker (, it must be added,).
func cueLeads(after string) bool {
	rest := trimLeadingPunct(after)
	prev := ""
	for n := 0; n < 4; n++ {
		raw, r := firstRaw(rest)
		if raw == "" {
			return false
		}
		rest = r
		w := trimPunct(raw)
		if foldIs(w, "according") && n < 3 {
			return true
		}
		if isCue(w) && !strings.HasSuffix(w, "ing") {
			next, _ := firstWord(rest)
			return !foldIs(next, "that") && !isBe(prev)
		}
		prev = w
		if n == 0 && isConjunction(w) || hasClauseBreak(raw) {
			return false
		}
	}
	return false
}

// firstRaw returns the first space-separated word of s, untrimmed, and the
// text after it.
func firstRaw(s string) (w, rest string) {
	start := 0
	for n := spaceAt(s, start); n > 0; n = spaceAt(s, start) {
		start += n
	}
	end := start
	for end < len(s) {
		if end+8 <= len(s) {
			m := spaceCandidates(load64(s[end:]))
			if m == 0 {
				end += 8
				continue
			}
			end += bits.TrailingZeros64(m) / 8
		}
		if maySpace[s[end]] && spaceAt(s, end) > 0 {
			break
		}
		end++
	}
	return s[start:end], s[end:]
}

// startsSentence reports quoted words that begin like a sentence: with a
// capital, a digit, an ellipsis or a bracket.
func startsSentence(s string) bool {
	if s != "" {
		if c := s[0]; c < utf8.RuneSelf && asciiEdge[c]&edgeMark == 0 {
			return asciiEdge[c]&edgeUpper != 0 || c == '[' || c == '(' || c == '.'
		}
	}
	s = trimOpeningMarks(s)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '…' || r == '[' || r == '(' || r == '.'
}

// startsWithPunct reports text that starts with a comma, a semicolon or a
// dash, as the narration after a quotation does in logical punctuation
// („Komm her“, rief sie).
func startsWithPunct(s string) bool {
	r := firstRune(s)
	return r == ',' || r == ';' || r == '—' || r == '–' || r == '-'
}

// endsWithDash reports text that ends with a dash.
func endsWithDash(s string) bool {
	r := lastRune(s)
	return r == '—' || r == '–' || r == '-'
}

// isTitleCase reports a phrase of at most ten words whose words all start
// with a capital or a digit, minor words aside, with at least one
// capitalised word.
//
// It splits ASCII text into words itself (asciiWordAt); text with a byte
// outside ASCII goes to isTitleCaseWords.
func isTitleCase(s string) bool {
	caps, n := 0, 0
	for i := 0; ; {
		a, b, end, ok := asciiWordAt(s, i)
		if !ok {
			return isTitleCaseWords(s)
		}
		if a == end && end == len(s) {
			break // no word left, or an empty last one, which firstWord's loop never reads
		}
		i = end
		if n++; n > 10 {
			return false
		}
		if a == b {
			continue // a word of punctuation only counts, and is passed over
		}
		switch c := s[a]; {
		case 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			caps++
		case n > 1 && isMinorWord(s[a:b]):
		default:
			return false // a word in lower case
		}
	}
	return caps >= 1
}

// isTitleCaseWords is isTitleCase for any text, word by word.
func isTitleCaseWords(s string) bool {
	caps, n := 0, 0
	for w, rest := firstWord(s); w != "" || rest != ""; w, rest = firstWord(rest) {
		if n++; n > 10 {
			return false
		}
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case n > 1 && isMinorWord(w):
		case !unicode.IsLetter(r):
		default:
			return false
		}
	}
	return caps >= 1
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
