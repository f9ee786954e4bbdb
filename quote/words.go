package quote

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// The kind rules read words around a quotation without allocating: words
// are substrings split at ASCII white space, with their edge punctuation
// trimmed, and looked up in the lexicons through a lower-case copy in a
// stack buffer.

// lastWord returns the last word of s and the text before it. Words are
// separated by ASCII white space and no-break spaces.
func lastWord(s string) (w, rest string) {
	end := len(s)
	for n := spaceBefore(s, end); n > 0; n = spaceBefore(s, end) {
		end -= n
	}
	start := end
	for start > 0 {
		if start >= 8 {
			m := spaceCandidates(load64(s[start-8:]))
			if m == 0 {
				start -= 8
				continue
			}
			start += (63-bits.LeadingZeros64(m))/8 - 7 // just after the last candidate
		}
		if maySpace[s[start-1]] && spaceBefore(s, start) > 0 {
			break
		}
		start--
	}
	return trimPunct(s[start:end]), s[:start]
}

// spaceCandidates sets the high bit of each byte of x that may begin or
// end a word separator, and of no other byte: the bytes below '!' (the
// ASCII white space among them) and the bytes above 0x7F (the no-break
// space among them). Each byte is tested on its own, without carries, so
// both the lowest and the highest bit set are exact.
func spaceCandidates(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x | ^((x &^ highs) + ones*(0x80-'!'))) & highs
}

// firstWord returns the first word of s and the text after it.
func firstWord(s string) (w, rest string) {
	w, rest = firstRaw(s)
	return trimPunct(w), rest
}

// maySpace marks the bytes that may begin or end a word separator: ASCII
// white space and the two bytes of the no-break space (C2 A0).
var maySpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true, 0xC2: true, 0xA0: true}

// spaceAt returns the length of the word separator at s[i:], or 0.
func spaceAt(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case isSpaceByte(s[i]):
		return 1
	case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
		return 2
	}
	return 0
}

// spaceBefore returns the length of the word separator that ends at
// s[:i], or 0.
func spaceBefore(s string, i int) int {
	switch {
	case i <= 0:
		return 0
	case isSpaceByte(s[i-1]):
		return 1
	case s[i-1] == 0xA0 && i >= 2 && s[i-2] == 0xC2:
		return 2
	}
	return 0
}

// trimPunct trims what is not a letter or a digit from both ends of w.
func trimPunct(w string) string {
	if w != "" && isASCIIWordByte(w[0]) && isASCIIWordByte(w[len(w)-1]) {
		return w
	}
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if isWordRune(r) {
			break
		}
		w = w[size:]
	}
	for w != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		if isWordRune(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

// tail holds the last words of the narration before a quotation, the
// last one first, with what the lexicons say of them. It reads them on
// demand: most quotations are decided by the last word or without any,
// so a word is split off and looked up only when a rule first asks.
type tail struct {
	words  [4]string
	lemma  [4]string // the lemma of a speech verb, or ""
	cue    [4]bool   // a speech verb that is not more often a noun
	n      int       // the words split off so far
	looked int       // the words looked up so far
	rest   string    // the narration before words[n-1], not read yet
	comma  bool      // the narration ends with a comma
	colon  bool      // the narration ends with a colon
}

// read sets t to the last words of before, none of them split off or
// looked up yet.
func (t *tail) read(before string) {
	t.comma, t.colon = strings.HasSuffix(before, ","), strings.HasSuffix(before, ":")
	t.rest, t.n, t.looked = before, 0, 0
}

// word returns the i-th last word, i < len(t.words), and whether the
// narration has that many words.
func (t *tail) word(i int) (string, bool) {
	switch {
	case i < t.n:
		return t.words[i], true
	case t.rest == "":
		return "", false // the words past n are empty
	}
	return t.split(i)
}

// split is word for a word not split off yet.
func (t *tail) split(i int) (string, bool) {
	for t.n <= i && t.rest != "" {
		var w string
		if a, b, start, ok := asciiWordBefore(t.rest); ok {
			w, t.rest = t.rest[a:b], t.rest[:start]
		} else {
			w, t.rest = lastWord(t.rest)
		}
		if w != "" {
			t.words[t.n] = w
			t.n++
		}
	}
	if i >= t.n {
		return "", false // t.words[i] may hold a word of an earlier quotation
	}
	return t.words[i], true
}

// count returns the number of words t holds.
func (t *tail) count() int {
	t.word(len(t.words) - 1)
	return t.n
}

// lookUp fills the lemma and cue of the words up to i, which t holds.
func (t *tail) lookUp(i int) {
	if t.looked > i {
		return
	}
	ci := cues()
	for ; t.looked <= i; t.looked++ {
		t.lemma[t.looked], t.cue[t.looked] = ci.lookup(t.words[t.looked])
	}
}

// isCue reports whether word i, which t holds, is a speech verb that
// counts as a cue, or one more often a noun after a subject pronoun (she
// claims, he promises).
func (t *tail) isCue(i int) bool {
	t.lookUp(i)
	if t.cue[i] || t.lemma[i] == "" || i+1 >= len(t.words) {
		return t.cue[i]
	}
	w, ok := t.word(i + 1)
	return ok && isSubjectPronoun(w)
}

// introducesSpeech reports narration that ends by introducing a quotation:
// a colon, a speech verb as its last word (and Toad said), or a speech
// verb among its last four words when they end with a comma (he said
// Sunday,). A form of "tell" does not introduce speech on its own: its
// object is the hearer (told "Fox and Friends").
func (t *tail) introducesSpeech() bool {
	if t.colon {
		return true
	}
	if _, ok := t.word(0); !ok {
		return false
	}
	switch {
	case t.isCue(0) && t.lemma[0] != "tell":
		return true
	case !t.comma:
		return false
	}
	for i := range t.count() {
		if t.isCue(i) {
			return true
		}
	}
	return false
}

// names reports narration that ends with a verb of naming (labelled,
// marked, called), after which words in title case are a name.
func (t *tail) names() bool {
	if _, ok := t.word(0); !ok {
		return false
	}
	t.lookUp(0)
	switch t.lemma[0] {
	case "call", "label", "dub", "mark", "name", "title", "brand", "read":
		return true
	}
	return false
}

// announcesTerm reports narration that ends with words announcing a name,
// a title or a mentioned word (titled, the so-called, the word), or with
// "called" giving a name (a class called).
func (t *tail) announcesTerm() bool {
	last, ok := t.word(0)
	if !ok {
		return false
	}
	if termFilter().mayHold(last) {
		if isTermCue("", last) {
			return true
		}
		if w, ok := t.word(1); ok && isTermCue(w, last) {
			return true
		}
	}
	return t.callsByName()
}

// callsByName reports "called", "named" or "dubbed" used to give a name
// rather than to report words: after a form of "be" (is called) or an
// indefinite article (a class called), not after a speaker (Trump dubbed
// him).
func (t *tail) callsByName() bool {
	if w, _ := t.word(0); !namingVerbs.has(w) {
		return false
	}
	for i := 1; i < len(t.words); i++ {
		w, ok := t.word(i)
		if !ok {
			return false
		}
		if isBeOrArticle(w) {
			return true
		}
	}
	return false
}

// wordBuf holds a word in lower case for a lexicon lookup.
type wordBuf [2*maxWord + 1]byte

// lower writes w in lower case into buf and returns it; it reports false
// for words too long to be in any lexicon.
func (buf *wordBuf) lower(w string) ([]byte, bool) {
	if len(w) > maxWord {
		return nil, false
	}
	return lowerASCII(buf[:0], w), true
}

// cueIndex looks up speech verbs: the lexicon with a filter in front, in
// an open-addressing table that compares words ignoring ASCII case, so a
// lookup neither copies the word nor hashes it twice (once for the verbs,
// once for the noun-like forms). A word's first eight bytes, in lower
// case, are packed into one key that both places it in the table and
// compares it with a form at once.
type cueIndex struct {
	filter wordFilter
	slots  []cueSlot // a power of two of them, at most half full
	shift  uint      // 64 less the base-2 logarithm of len(slots)
}

// cueSlot is one form of a speech verb in cueIndex.slots; an empty form
// marks an empty slot.
type cueSlot struct {
	key   uint64 // packKey of the form
	form  string // lower case
	lemma string
	cue   bool // lemma != "" and the form is not more often a noun
}

// cues returns the cueIndex of the lexicon's one-word speech verbs.
func cues() *cueIndex {
	if p := cueTable.p.Load(); p != nil {
		return p
	}
	return loadCues()
}

// loadCues is cues on the first call, which builds the index.
//
//go:noinline
func loadCues() *cueIndex { return cueTable.load() }

var cueTable = cached[cueIndex]{build: newCueIndex}

// newCueIndex builds the cueIndex of the lexicon's one-word speech verbs.
func newCueIndex() *cueIndex {
	verbs := lexicon.CueVerbs()
	size, shift := 16, uint(60)
	for size < 2*len(verbs) {
		size, shift = size*2, shift-1
	}
	ci := &cueIndex{slots: make([]cueSlot, size), shift: shift}
	for form, lemma := range verbs {
		ci.filter.add(form)
		if form == "" {
			continue // no word looked up is empty
		}
		key := packKey(form, &sameByte)
		i := ci.home(key, len(form))
		for ci.slots[i].form != "" {
			i = (i + 1) & uint64(size-1)
		}
		ci.slots[i] = cueSlot{key: key, form: form, lemma: lemma, cue: lemma != "" && !nounLike[form]}
	}
	return ci
}

// packKey packs the first eight bytes of w, each mapped through table,
// into a little-endian word; the bytes past the end of a shorter w are 0.
func packKey(w string, table *[256]byte) uint64 {
	var k uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		k = k<<8 | uint64(table[w[i]])
	}
	return k
}

// home returns the slot where the search for a word of length n with the
// given key starts.
func (ci *cueIndex) home(key uint64, n int) uint64 {
	return ((key ^ uint64(n)) * 0x9E3779B97F4A7C15) >> ci.shift
}

// sameByte maps each byte to itself: forms are packed as they are, the
// words looked up in lower case.
var sameByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	return t
}()

// lowerByte returns c in lower case when it is an ASCII capital. It reads
// a table: the lookups fold every byte of the words they compare.
func lowerByte(c byte) byte { return lowerTable[c] }

// lowerTable maps each byte to itself, ASCII capitals to lower case.
var lowerTable = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// equalFold reports whether w in ASCII lower case is lower.
func equalFold(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != lower[i] {
			return false
		}
	}
	return true
}

// lookup returns the lemma of the speech verb w ("said", "Asks"), or "",
// and whether w counts as a cue: a speech verb not more often a noun
// (state, report, note).
func (ci *cueIndex) lookup(w string) (lemma string, cue bool) {
	if !ci.filter.mayHold(w) || len(w) > maxWord {
		return "", false
	}
	key := packKey(w, &lowerTable)
	mask := uint64(len(ci.slots) - 1)
	for i := ci.home(key, len(w)); ci.slots[i].form != ""; i = (i + 1) & mask {
		// equalFold(w, s.form), its first eight bytes compared in the key
		if s := &ci.slots[i]; s.key == key && len(s.form) == len(w) && (len(w) <= 8 || equalFold(w[8:], s.form[8:])) {
			return s.lemma, s.cue
		}
	}
	return "", false
}

// isCue reports a speech verb that counts as a cue.
func (ci *cueIndex) isCue(w string) bool {
	_, cue := ci.lookup(w)
	return cue
}

// isCue reports a speech verb that counts as a cue.
func isCue(w string) bool { return cues().isCue(w) }

// wordFilter answers "certainly not in the set" for most words at the cost
// of two table reads: it holds the lengths of the set's words for each
// pair of first two letters, and for each last letter.
type wordFilter struct {
	first [32][32]uint32 // indexed by letterIndex, rows of 32 so that no index needs a bounds check
	last  [32]uint32
}

// letterIndex maps a byte to 0–25 for letters of either case, 26 otherwise.
func letterIndex(c byte) int { return int(letterIndexTable[c] & 31) }

// letterIndexTable holds letterIndex for each byte.
var letterIndexTable = func() (t [256]uint8) {
	for c := range t {
		t[c] = 26
		if l := byte(c) | 0x20; 'a' <= l && l <= 'z' {
			t[c] = l - 'a'
		}
	}
	return t
}()

// add records w in the filter by its first two letters, its last letter
// and its length.
func (f *wordFilter) add(w string) {
	if len(w) >= 2 && len(w) < 32 {
		f.first[letterIndex(w[0])][letterIndex(w[1])] |= 1 << len(w)
		f.last[letterIndex(w[len(w)-1])] |= 1 << len(w)
	}
}

// mayHold reports whether w may be in the set.
func (f *wordFilter) mayHold(w string) bool {
	if len(w) < 2 || len(w) >= 32 {
		return false
	}
	bit := uint32(1) << len(w)
	return f.first[letterIndex(w[0])][letterIndex(w[1])]&bit != 0 && f.last[letterIndex(w[len(w)-1])]&bit != 0
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
	"quote": true, "quotes": true, "mention": true, "mentions": true,
}

// termFilter returns the wordFilter of the last words of the term cues.
func termFilter() *wordFilter {
	if p := termFilterTable.p.Load(); p != nil {
		return p
	}
	return loadTermFilter()
}

// loadTermFilter is termFilter on the first call, which builds the filter.
//
//go:noinline
func loadTermFilter() *wordFilter { return termFilterTable.load() }

var termFilterTable = cached[wordFilter]{build: func() *wordFilter {
	f := new(wordFilter)
	for cue := range lexicon.TermCues() {
		f.add(cue[strings.LastIndexByte(cue, ' ')+1:])
	}
	return f
}}

// cueWordsUpTo counts the speech verbs in s, "according" included, and
// stops counting past limit: most callers only ask whether there is one.
// A speech verb more often a noun (claims, promises) counts after a
// subject pronoun (she claims).
//
// It splits ASCII text into words itself (asciiWordAt) and hands the rest
// of the text to cueWordsFrom at the first byte outside ASCII.
func cueWordsUpTo(s string, limit int) int {
	n := 0
	ci := cues()
	prev := ""
	for i := 0; n <= limit; {
		a, b, end, ok := asciiWordAt(s, i)
		if !ok {
			return cueWordsFrom(s[i:], prev, n, limit)
		}
		if a == end && end == len(s) {
			break // no word left, or an empty last one, which counts nothing
		}
		w := s[a:b]
		lemma, cue := ci.lookup(w)
		if cue || lemma != "" && isSubjectPronoun(prev) || len(w) == len("according") && strings.EqualFold(w, "according") {
			if n++; n > limit {
				break
			}
		}
		prev, i = w, end
	}
	return n
}

// asciiWordAt splits the next word off s at offset i as firstWord does: it
// returns the bounds a and b of the word after the white space at i,
// trimmed of what is not a letter or a digit, and end, where its
// untrimmed form ends (a == end == len(s) when none is left). ok is false
// when the word or the space before it holds a byte outside ASCII: the
// caller then splits from i with firstWord.
func asciiWordAt(s string, i int) (a, b, end int, ok bool) {
	for i < len(s) && byteClass[s[i]]&classSpace != 0 {
		i++
	}
	end = i
	for end < len(s) {
		if end+8 <= len(s) { // skip eight bytes none of which may be space or outside ASCII
			m := spaceCandidates(load64(s[end:]))
			if m == 0 {
				end += 8
				continue
			}
			end += bits.TrailingZeros64(m) / 8
		}
		if byteClass[s[end]]&(classSpace|classHigh) != 0 {
			break
		}
		end++
	}
	if end < len(s) && byteClass[s[end]]&classHigh != 0 {
		return 0, 0, 0, false
	}
	a, b = i, end
	for a < b && byteClass[s[a]]&classWord == 0 {
		a++
	}
	for b > a && byteClass[s[b-1]]&classWord == 0 {
		b--
	}
	return a, b, end, true
}

// asciiWordBefore splits the last word off s as lastWord does: it returns
// the bounds a and b of the last word, trimmed of what is not a letter or
// a digit, and start, where its untrimmed form starts. ok is false when
// the word or the space after it holds a byte outside ASCII: the caller
// then splits it with lastWord.
func asciiWordBefore(s string) (a, b, start int, ok bool) {
	end := len(s)
	for end > 0 && byteClass[s[end-1]]&classSpace != 0 {
		end--
	}
	start = end
	for start > 0 {
		if start >= 8 { // skip eight bytes none of which may be space or outside ASCII
			m := spaceCandidates(load64(s[start-8:]))
			if m == 0 {
				start -= 8
				continue
			}
			start += (63-bits.LeadingZeros64(m))/8 - 7 // just after the last candidate
		}
		if byteClass[s[start-1]]&(classSpace|classHigh) != 0 {
			break
		}
		start--
	}
	if start > 0 && byteClass[s[start-1]]&classHigh != 0 {
		return 0, 0, 0, false
	}
	a, b = start, end
	for a < b && byteClass[s[a]]&classWord == 0 {
		a++
	}
	for b > a && byteClass[s[b-1]]&classWord == 0 {
		b--
	}
	return a, b, start, true
}

// The classes of bytes asciiWordAt tells apart in byteClass.
const (
	classSpace = 1 << iota // ASCII white space
	classHigh              // a byte outside ASCII
	classWord              // an ASCII letter or digit
)

// byteClass holds the classes of each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case asciiSpace[c]:
			t[c] = classSpace
		case asciiWord[c]:
			t[c] = classWord
		}
	}
	return t
}()

// cueWordsFrom is cueWordsUpTo on the words of rest, after n speech verbs
// and the word prev.
func cueWordsFrom(rest, prev string, n, limit int) int {
	ci := cues()
	for w, rest := firstWord(rest); n <= limit && (w != "" || rest != ""); w, rest = firstWord(rest) {
		lemma, cue := ci.lookup(w)
		if cue || lemma != "" && isSubjectPronoun(prev) || len(w) == len("according") && strings.EqualFold(w, "according") {
			if n++; n > limit {
				break // the count is known: do not split off the next word
			}
		}
		prev = w
	}
	return n
}

// foldIs is strings.EqualFold(w, c) for a lower-case ASCII c. Every rune
// of w matching a byte of c takes one to three bytes (the Kelvin sign
// matches k), so lengths rule most words out, and w as long as c, or w
// in ASCII, matches only byte for byte.
func foldIs(w, c string) bool {
	switch {
	case len(w) == len(c):
		return equalFold(w, c)
	case len(c) < len(w) && len(w) <= 3*len(c) && !isASCII(w):
		return strings.EqualFold(w, c)
	}
	return false
}

// The word lists of the callers of foldList.has.
var (
	namingVerbs     = newFoldList("called", "named", "dubbed")
	subjectPronouns = newFoldList("he", "she", "they", "we", "i", "you", "who")
	conjunctions    = newFoldList("and", "but", "or", "so", "then", "yet", "nor", "because", "while")
	listWords       = newFoldList("", "and", "or", "nor", "then", "yes", "also", "even")
	formsOfBe       = newFoldList("be", "is", "was", "are", "were", "been", "being")
	speechNouns     = newFoldList("claim", "claims", "charge", "charges", "remark", "remarks",
		"comment", "comments", "pledge", "pledges", "promise", "promises", "warning", "warnings",
		"accusation", "accusations", "assertion", "assertions", "allegation", "allegations",
		"vow", "vows", "complaint", "complaints", "insistence", "contention", "suggestion",
		"argument", "statement", "boast", "declaration", "prediction", "admission")
	ofSpeechNouns = newFoldList("claims", "charge", "charges", "pledge", "pledges", "promise",
		"promises", "warning", "warnings", "accusation", "accusations", "allegation",
		"allegations", "vow", "vows", "complaint", "complaints")
	beOrArticle = newFoldList("is", "was", "are", "were", "be", "been", "being", "a", "an")
)

// foldList is a list of lower-case ASCII words that has matches as foldIs
// does. Its words are grouped by length: a word is compared only with the
// words of its own length, and most words with none.
type foldList struct {
	words    []string
	byLen    [maxFoldLen][]string
	min, max int // the lengths of the shortest and the longest words
	// byFirst has bit n of entry c set when a word of length n starts
	// with the byte c: most words have no candidate of their length and
	// first letter, and are ruled out without a comparison.
	byFirst [256]uint16
}

// maxFoldLen bounds the length of the words of a foldList.
const maxFoldLen = 16

// newFoldList returns the list of words, indexed by length, that foldList.has
// compares a word with; words must not be empty.
func newFoldList(words ...string) *foldList {
	l := &foldList{words: words, min: len(words[0])}
	for _, c := range words {
		l.byLen[len(c)] = append(l.byLen[len(c)], c)
		if c != "" {
			l.byFirst[c[0]] |= 1 << len(c)
		}
		l.min, l.max = min(l.min, len(c)), max(l.max, len(c))
	}
	return l
}

// has reports whether foldIs(w, c) holds for a word c of l: a word as
// long as c that matches it in ASCII case, or a longer word outside ASCII
// (the Kelvin sign matches k) that strings.EqualFold matches.
func (l *foldList) has(w string) bool {
	if w == "" {
		return len(l.byLen[0]) > 0
	}
	if len(w) < maxFoldLen && l.byFirst[lowerByte(w[0])]&(1<<len(w)) != 0 {
		for _, c := range l.byLen[len(w)] {
			if lowerByte(w[0]) == c[0] && equalFold(w, c) {
				return true
			}
		}
	}
	if len(w) <= l.min || len(w) > 3*l.max || isASCII(w) {
		return false // no word of l is shorter, or w matches only byte for byte
	}
	for _, c := range l.words {
		if len(c) < len(w) && len(w) <= 3*len(c) && strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// hasASCII reports whether w matches a word of l in ASCII case, byte for
// byte, as a lexicon lookup of w in ASCII lower case does.
func (l *foldList) hasASCII(w string) bool {
	if len(w) >= maxFoldLen || w != "" && l.byFirst[lowerByte(w[0])]&(1<<len(w)) == 0 {
		return false
	}
	for _, c := range l.byLen[len(w)] {
		if equalFold(w, c) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isSubjectPronoun reports the pronouns that stand as the subject of a
// verb.
func isSubjectPronoun(w string) bool {
	return subjectPronouns.has(w)
}

// isConjunction reports words that open a new clause.
func isConjunction(w string) bool {
	return conjunctions.has(w)
}

// isListWord reports the words that may join the quotations of a list.
func isListWord(w string) bool {
	return listWords.has(w)
}

// isMinorWord reports the short words a title leaves in lower case,
// matched in ASCII case only.
func isMinorWord(w string) bool {
	return minorWords.hasASCII(w)
}

// minorWords are the short words a title leaves in lower case.
var minorWords = newFoldList("a", "an", "the", "and", "or", "but", "nor",
	"of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via", "into", "over",
	"upon", "than", "is", "de", "la", "le", "du", "von", "van", "der", "y", "et")

// isBe reports the forms of "be" that make a participle passive (is
// said, must be added).
func isBe(w string) bool {
	return formsOfBe.has(w)
}

// isBeOrArticle reports forms of "be" and indefinite articles, after which
// "called" gives a name (is called, a class called).
func isBeOrArticle(w string) bool {
	return beOrArticle.has(w)
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return wordCountUpTo(s, len(s)) }

// wordCountUpTo counts the space-separated words of s, stopping past
// limit: it returns the count or limit+1, whichever is less. It counts
// without a branch per byte: a word starts at a byte that is not white
// space after one that is (or at the start); eight bytes at a time while
// they last (wordStarts), then byte by byte.
func wordCountUpTo(s string, limit int) int {
	n, in := 0, 0
	i := 0
	for ; i+8 <= len(s) && n <= limit; i += 8 {
		starts, last := wordStarts(load64(s[i:]), in)
		n += bits.OnesCount64(starts)
		in = last
	}
	if n > limit {
		return limit + 1
	}
	for ; i < len(s) && n <= limit; i++ {
		word := int(notSpaceByte[s[i]])
		n += word &^ in
		in = word
	}
	return n
}

// wordStarts returns the high bit of each byte of x that starts a word,
// in, 1 when the byte before x is not white space, and likewise last for
// the last byte of x. The ASCII white space is the bytes 09 to 0D and 20,
// found exactly in each byte without carries between bytes.
func wordStarts(x uint64, in int) (starts uint64, last int) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7F7F7F7F7F7F7F7F
	y := x ^ (ones * ' ')
	space := ^((y&lows + lows) | y) & highs // bytes equal to 20
	v := x & lows
	space |= (v + ones*(0x80-0x09)) &^ (v + ones*(0x80-0x0E)) &^ x & highs // bytes 09 to 0D
	word := ^space & highs
	starts = word &^ (word<<8 | uint64(in)<<7)
	return starts, int(word >> 63)
}

// notSpaceByte is 0 for the ASCII white space bytes and 1 for every other
// byte.
var notSpaceByte = func() (t [256]uint8) {
	for c := range t {
		if !isSpaceByte(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()
