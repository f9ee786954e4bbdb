package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/quote"
)

// sieveAccordingTo attributes a quotation to X in "according to X" in its
// sentence, before or after it.
func (d *document) sieveAccordingTo() {
	for q := range d.openQuotes() {
		qt := d.quoteTok[q]
		bl, bh := d.beforeWindow(qt)
		al, ah := d.afterWindow(qt)
		for _, w := range [][2]int{{bl, bh}, {al, ah}} {
			if d.accordingIn(q, w[0], w[1]) {
				break
			}
		}
		if d.open(q) {
			d.passiveAgent(q, bl, bh, al, ah)
		}
	}
}

// passiveAgent attributes q to the agent of a speech verb in the passive:
// `labeled a "witch hunt" by Democrats` (the participle shortly before
// the quotation, "by" right after it) or `"extremely careless" in
// handling mail, as described by the director` ("as", a participle and
// "by" later in the sentence). [bl, bh) and [al, ah) are the windows
// before and after the quotation.
func (d *document) passiveAgent(q, bl, bh, al, ah int) {
	if al < ah && d.info(al).lower == "by" && d.toks[al].kind == tokWord {
		for k := bh - 1; k >= bl && k >= bh-3; k-- {
			if w := d.info(k).lower; d.toks[k].kind == tokWord && (w == "a" || w == "an" || w == "the" || w == "as") {
				continue // `labeled a "witch hunt"`, `described as "reckless"`
			}
			if ci := d.cueAt[k]; ci >= 0 && d.isParticiple(ci) {
				if mi := d.agentAfter(al+1, ah); mi >= 0 {
					d.attribute(q, mi, ci, RuleAccordingTo, confAccording)
				}
				return
			}
			break // `reported in a "smear job" by …`: the verb does not govern the quotation
		}
	}
	for k := al + 2; k+1 < ah; k++ {
		ci := d.cueAt[k-1]
		if ci < 0 || d.toks[k].kind != tokWord || d.info(k).lower != "by" || d.info(k-2).lower != "as" || !d.isParticiple(ci) {
			continue
		}
		if mi := d.agentAfter(k+1, ah); mi >= 0 {
			d.attribute(q, mi, ci, RuleAccordingTo, confAccording)
		}
		return
	}
}

// isParticiple reports a one-word cue in a past form other than the
// lemma ("described", "labeled", "said"), which may be a passive
// participle.
func (d *document) isParticiple(ci int) bool {
	c := d.cues[ci]
	if c.according || c.gerund || c.tok1 != c.tok0+1 {
		return false
	}
	w := d.info(c.tok0).lower
	return w != c.lemma && !strings.HasSuffix(w, "s")
}

// agentOfWork returns X in "calculations by X" or "a study by X" opening
// tokens [k, hi): at most three words of a work that is no speaker, "by"
// and the speaker; -1 when there is none.
func (d *document) agentOfWork(k, hi int) int {
	for j := k; j < hi && j < k+4; j++ {
		if d.toks[j].kind != tokWord || d.mentionIn[j] >= 0 {
			return -1
		}
		if d.info(j).lower == "by" {
			if j == k {
				return -1
			}
			return d.agentAfter(j+1, hi)
		}
	}
	return -1
}

// agentAfter returns the speaker mention that starts at token k, past a
// determiner ("by the Times", "by FBI Director Jim Cole"), or -1.
func (d *document) agentAfter(k, hi int) int {
	if k < hi && d.toks[k].kind == tokWord && d.is(k, wDeterminer) && d.mentionIn[k] < 0 {
		k++
	}
	if k >= hi {
		return -1
	}
	if n := d.nameAfterModifiers(k, hi); n >= 0 {
		return n
	}
	if m := d.mentionIn[k]; m >= 0 && d.mentions[m].tok0 == k && d.canSpeak(m) && d.mentions[m].kind != MentionPronoun {
		return m
	}
	return -1
}

// accordingIn attributes q to the object of an "according to" cue in
// tokens [lo, hi), reporting whether it did.
func (d *document) accordingIn(q, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		ci := d.cueAt[k]
		if ci < 0 || !d.cues[ci].according {
			continue
		}
		mi := d.subjectAfter(k, hi)
		if mi >= 0 {
			if ni := d.appositiveName(mi, hi); ni >= 0 {
				mi = ni // "according to the agency's director, Ana Ruiz,"
			}
		} else if mi = d.nameAfterComma(d.cues[ci].tok1, hi); mi < 0 {
			mi = d.agentOfWork(d.cues[ci].tok1, hi) // "according to estimates by Ann Glas"
		}
		if mi >= 0 {
			return d.attribute(q, mi, ci, RuleAccordingTo, confAccording)
		}
	}
	return false
}

// sieveColon attributes a quotation introduced by a colon: to the name
// right before the colon (Kerry: "Q"), or to the subject of the clause
// the colon ends (He put it this way: "Q").
func (d *document) sieveColon() {
	for q := range d.openQuotes() {
		qt := d.quoteTok[q]
		start, end := d.beforeWindow(qt)
		if end == start {
			if mi, ci := d.statementBefore(qt); mi >= 0 {
				d.attributeCue(q, mi, ci, RuleColon, confColon*0.9)
				continue
			}
			start, end = d.colonParagraphBefore(qt)
		}
		if end == start || d.word(d.toks[end-1]) != ":" {
			continue
		}
		if mi := d.mentionEndingAt(end - 2); mi >= 0 && d.qaLabel(mi) {
			continue // Q: "…": a question-and-answer label names no one
		}
		if mi := d.mentionEndingAt(end - 2); mi >= 0 && d.canSpeak(mi) && d.opensClause(d.mentions[mi].tok0, start) {
			d.attribute(q, mi, -1, RuleColon, confColon)
			continue
		}
		if mi := d.citedBeforeColon(start, end-1); mi >= 0 {
			d.attribute(q, mi, -1, RuleColon, confColon)
			continue // "To quote my colleague Dana Whitfield: “Q”"
		}
		if mi, ci := d.lastCueIn(start, end-1); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleColon, confColon) // "…and Breitbart News responded:"
			continue
		}
		if mi := d.clauseSubject(start, end-1); mi >= 0 {
			d.attributeCue(q, mi, -1, RuleColon, confColon*0.9) // fiction: "he" waits for the dialogue pass
		}
	}
}

// statementBefore finds, for a quotation token qt that opens its
// sentence, a sentence just before it in the paragraph that reports
// speech without giving it ("Sam Lau, the party's spokesman, said in a
// statement."): a cue with a subject, followed only by a short adverbial
// ("in a statement", "on Tuesday") and a period, and no quotation. The
// quotation that follows is what was said. Novels are left to the
// dialogue pass.
func (d *document) statementBefore(qt int) (mention, cueIndex int) {
	lo, _ := d.paraBounds(qt)
	if d.genre == GenreFiction || qt == lo || d.word(d.toks[qt-1]) != "." {
		return -1, -1
	}
	end := qt - 1
	start := end
	for start > lo && d.toks[start-1].sent == d.toks[end].sent {
		if d.isSpeechTok(start - 1) {
			return -1, -1
		}
		start--
	}
	for k := end - 1; k >= start && k >= end-8; k-- {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according || d.cues[ci].gerund {
			continue
		}
		if !d.adverbialTail(d.cues[ci].tok1, end) {
			return -1, -1
		}
		if mi := d.subjectOf(ci, start, end); mi >= 0 {
			return mi, ci
		}
		return -1, -1
	}
	return -1, -1
}

// adverbialTail reports tokens [lo, hi) that are empty or a short phrase
// of time, place or manner opened by a preposition or a calendar word,
// with no clause ("that", "if") and no punctuation but commas.
func (d *document) adverbialTail(lo, hi int) bool {
	if hi-lo > 6 {
		return false
	}
	if lo == hi {
		return true
	}
	if lo+1 < hi && d.toks[lo].kind == tokWord && d.toks[lo+1].kind == tokWord && d.info(lo).lower == "a" && utteranceNouns[d.info(lo+1).lower] {
		return d.adverbialTail(lo+2, hi) // "tweeted a warning.", "posted a reply on Monday."
	}
	if d.toks[lo].kind != tokWord || !tailOpeners[d.info(lo).lower] && !isCalendarWord(d.word(d.toks[lo])) {
		return false
	}
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokPunct && d.word(t) != "," || t.kind == tokWord && clauseWords[d.info(k).lower] {
			return false
		}
	}
	return true
}

// tailOpeners open the adverbial that may follow a speech verb ending its
// sentence.
var tailOpeners = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"via": true, "through": true, "late": true, "early": true, "earlier": true,
	"yesterday": true, "today": true, "tonight": true, "last": true, "this": true,
}

// utteranceNouns name what a speech verb may give as its object when the
// words themselves follow in the next sentence ("tweeted a warning.").
var utteranceNouns = map[string]bool{
	"warning": true, "statement": true, "message": true, "reply": true, "response": true,
	"note": true, "plea": true, "challenge": true, "question": true, "rebuke": true,
}

// clauseWords open a clause that holds what was said.
var clauseWords = map[string]bool{"that": true, "if": true, "whether": true, "what": true, "how": true, "why": true}

// colonParagraphBefore returns the last sentence of the paragraph before
// the one quotation token qt opens, when that paragraph ends with a colon
// ("…and shouted:" / "Y-o-u-u TOM!"); else an empty range.
func (d *document) colonParagraphBefore(qt int) (int, int) {
	p := d.paraOf(qt)
	if p == 0 || d.paraTok[p] != qt {
		return qt, qt
	}
	lo, hi := d.paraTok[p-1], d.paraTok[p]
	if hi == lo || d.word(d.toks[hi-1]) != ":" {
		return qt, qt
	}
	start := hi - 1
	for start > lo && d.toks[start-1].sent == d.toks[hi-1].sent && d.toks[start-1].kind != tokQuote {
		start--
	}
	return start, hi
}

// clauseSubject returns the first mention that can speak in tokens
// [lo, hi) when it opens the clause (only fillers or a determiner-less
// start before it).
func (d *document) clauseSubject(lo, hi int) int {
	lo = d.pastOpeningPhrase(d.pastSubordinate(d.pastTimestamp(lo, hi), hi), hi)
	for k := lo; k < hi && k < lo+3; k++ {
		if mi := d.mentionOpening(k); mi >= 0 {
			if d.canSpeak(mi) && !(k > lo && d.toks[k-1].kind == tokWord && objectPrepositions[d.info(k-1).lower]) {
				return d.namedApposite(mi, hi)
			}
			return -1 // "…, with Lee:": the object of a preposition says nothing
		}
	}
	return d.appositeSubject(lo, hi)
}

// objectPrepositions take a noun phrase that is no subject ("with Lee").
var objectPrepositions = map[string]bool{
	"with": true, "to": true, "for": true, "about": true, "against": true, "from": true, "by": true, "of": true,
}

// subordinators open a clause that comes before the main one ("When
// Wallace died, Clinton released the following statement:").
var subordinators = map[string]bool{
	"when": true, "as": true, "after": true, "while": true, "if": true, "because": true,
	"although": true, "though": true, "since": true, "before": true, "once": true, "until": true,
}

// pastSubordinate returns the token after the comma that ends a
// subordinate clause or a participial phrase opening tokens [lo, hi)
// ("When Wallace died, …", "Seeing his daughter at work, he …"), or lo
// when they open otherwise.
func (d *document) pastSubordinate(lo, hi int) int {
	if lo >= hi || d.toks[lo].kind != tokWord || !subordinators[d.info(lo).lower] && !d.participleOpener(lo) {
		return lo
	}
	for k := lo + 1; k < hi; k++ {
		if d.toks[k].kind == tokPunct && d.word(d.toks[k]) == "," {
			return k + 1
		}
	}
	return lo
}

// participleOpener reports whether token k is a present participle that
// opens a phrase before the main clause ("Observing", "Turning"): a word
// in -ing that is not a name and not a pronoun in -thing.
func (d *document) participleOpener(k int) bool {
	w := d.info(k).lower
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "thing") || d.mentionIn[k] >= 0 {
		return false
	}
	return true
}

// sieveDash attributes a quotation followed by a dash and a name ("Q" —
// Sen. Jane Doe), or a paragraph that is only a quotation followed by a
// paragraph that is only a dash and a name (the signature under a quoted
// claim in a fact check, or under an epigraph).
func (d *document) sieveDash() {
	for q := range d.openQuotes() {
		lo, hi := d.afterWindow(d.quoteTok[q])
		if lo >= hi {
			lo, hi = d.signatureAfter(d.quoteTok[q])
		}
		if lo >= hi || !isDash(d.word(d.toks[lo])) {
			continue
		}
		k := lo + 1
		for k < hi && isDash(d.word(d.toks[k])) {
			k++
		}
		if k >= hi {
			continue
		}
		if mi := d.mentionOpening(k); mi >= 0 && d.canSpeak(mi) && d.mentions[mi].kind == MentionName {
			d.attribute(q, mi, -1, RuleDash, confDash)
		} else if mi := d.headlineRoleAt(k, hi); mi >= 0 {
			d.attribute(q, mi, -1, RuleDash, confDash)
		}
	}
}

// signatureAfter returns the tokens of the paragraph after quotation token
// qt when qt's paragraph holds only quotations and the next one is a
// signature: a dash, a name and at most a full stop ("- Jane Doe."). It
// returns an empty range otherwise.
func (d *document) signatureAfter(qt int) (int, int) {
	p := d.paraOf(qt)
	if p+2 >= len(d.paraTok) || !d.quoteOnly(p) {
		return 0, 0
	}
	lo, hi := d.paraTok[p+1], d.paraTok[p+2]
	if lo >= hi || !isDash(d.word(d.toks[lo])) {
		return 0, 0
	}
	k := lo + 1
	for k < hi && isDash(d.word(d.toks[k])) {
		k++
	}
	mi := d.mentionIn[min(k, len(d.toks)-1)]
	if k >= hi || mi < 0 || d.mentions[mi].tok0 != k {
		return 0, 0
	}
	end := d.mentions[mi].tok1
	if end < hi && d.word(d.toks[end]) == "." {
		end++
	}
	if end != hi {
		return 0, 0 // "- Jane Doe, who …": a sentence, not a signature
	}
	return lo, hi
}

// isDash reports a token that is a dash of any length.
func isDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "―" }

// sieveSplitQuote gives a quotation the speaker of the quotation before it
// in the same paragraph when nothing between them names someone else
// ("Q1," X said. "Q2.").
func (d *document) sieveSplitQuote() {
	if d.genre == GenreFiction {
		return // the dialogue pass handles fiction
	}
	for q := range d.openQuotes() {
		qt := d.quoteTok[q]
		p := d.previousQuoteInParagraph(qt)
		if p < 0 || d.attr[p].Speaker < 0 || d.otherSpeakerBetween(d.quoteTok[p], qt, d.attr[p].Speaker) {
			p = d.nextQuoteSameSpeaker(qt)
		}
		if p < 0 {
			continue
		}
		d.attributeEntity(q, d.attr[p].Speaker, RuleSplitQuote, confSplit)
		d.attr[q].Mention, d.attr[q].Cue = d.attr[p].Mention, d.attr[p].Cue
	}
}

// nextQuoteSameSpeaker returns the attributed quotation that follows
// quotation token qt in its sentence when only a few linking words stand
// between them (Guns are "Q1" and "Q2," Dean said), or -1.
func (d *document) nextQuoteSameSpeaker(qt int) int {
	_, hi := d.paraBounds(qt)
	for k := qt + 1; k < hi && k <= qt+3 && d.toks[k].sent == d.toks[qt].sent; k++ {
		t := d.toks[k]
		if t.kind == tokQuote {
			if n := t.quote; d.quoteTok[n] == k && d.kinds[n] != quote.Term && d.attr[n].Speaker >= 0 {
				return n
			}
			return -1
		}
		if w := d.info(k).lower; t.kind == tokWord && w != "and" && w != "or" && w != "but" {
			return -1
		}
	}
	return -1
}

// previousQuoteInParagraph returns the index of the attributable
// quotation before quotation token qt in its paragraph, or -1.
func (d *document) previousQuoteInParagraph(qt int) int {
	lo, _ := d.paraBounds(qt)
	for k := qt - 1; k >= lo; k-- {
		if q := d.lineAt(k); q >= 0 {
			return q
		}
	}
	return -1
}

// lineAt returns the quotation whose token is k when it is a line
// someone may speak (spokenLine), or -1.
func (d *document) lineAt(k int) int {
	if t := d.toks[k]; t.kind == tokQuote && d.quoteTok[t.quote] == k && d.kinds[t.quote] != quote.Term {
		return t.quote
	}
	return -1
}

// otherSpeakerBetween reports a cue between tokens a and b whose subject
// is an entity other than e.
func (d *document) otherSpeakerBetween(a, b, e int) bool {
	for k := a + 1; k < b; k++ {
		ci := d.cueAt[k]
		if ci < 0 || namingVerbs[d.cues[ci].lemma] || d.inRelativeClause(d.cues[ci].tok0, a+1) {
			continue
		}
		if d.cues[ci].according && d.cueOfBetween(a, b, e) {
			continue // "Q1," X said, according to a pool report. "Q2." : the report only relays X
		}
		if mi := d.subjectOf(ci, a+1, b); mi >= 0 && d.resolve(mi) != e {
			return true
		}
	}
	return false
}

// cueOfBetween reports a speech verb between tokens a and b whose subject
// is entity e.
func (d *document) cueOfBetween(a, b, e int) bool {
	for k := a + 1; k < b; k++ {
		if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].according {
			if mi := d.subjectOf(ci, a+1, b); mi >= 0 && d.resolve(mi) == e {
				return true
			}
		}
	}
	return false
}

// inRelativeClause reports a verb at token k that opens a relative clause
// ("Reyes, a pollster who advised two governors,"): it tells who someone
// is, not that someone else speaks.
func (d *document) inRelativeClause(k, lo int) bool {
	j := k - 1
	for n := 0; n < 3 && j >= lo && d.isFiller(j) && d.info(j).lower != "who"; n++ {
		j--
	}
	if j < lo || d.toks[j].kind != tokWord {
		return false
	}
	w := d.info(j).lower
	return w == "who" || w == "which" || w == "whom"
}

// appositiveName returns the name that follows description mention mi
// after a comma ("the agency's director, Ana Ruiz,"), or -1.
func (d *document) appositiveName(mi, hi int) int {
	m := d.mentions[mi]
	if m.kind != MentionNominal {
		return -1
	}
	k := m.tok1
	limit, named := m.tok1+4, d.genre == GenreNews && d.placePhraseAt(k, hi)
	if named {
		limit = m.tok1 + 8 // "a resident of the Bayview estate, Kemal Aydin,"
	}
	for k < hi && d.toks[k].kind == tokWord && (!d.toks[k].upper || named) && k < limit {
		k++ // "chief of staff" after the head noun
	}
	if k+1 >= hi || d.word(d.toks[k]) != "," {
		return -1
	}
	if ni := d.mentionIn[k+1]; ni >= 0 && d.mentions[ni].tok0 == k+1 && d.mentions[ni].kind == MentionName && d.canSpeak(ni) {
		return ni
	}
	return -1
}

// nameAfterComma returns the name that follows the first comma within a
// few words after token k ("according to the mayor's chief of staff,
// Liesel Hart,"), or -1.
func (d *document) nameAfterComma(k, hi int) int {
	for j := k; j < hi && j < k+8; j++ {
		if d.toks[j].kind == tokQuote {
			return -1
		}
		if d.word(d.toks[j]) != "," {
			continue
		}
		if ni := d.mentionIn[min(j+1, len(d.toks)-1)]; j+1 < hi && ni >= 0 && d.mentions[ni].tok0 == j+1 && d.mentions[ni].kind == MentionName && d.canSpeak(ni) {
			return ni
		}
		return -1
	}
	return -1
}

// lastCueIn returns the subject of the last speech verb in tokens
// [lo, hi) that has one, and that cue; or -1, -1. A verb in a subordinate
// clause opening the tokens is not theirs ("As the girl spoke, he rose
// and said:" introduces his words, not hers).
func (d *document) lastCueIn(lo, hi int) (int, int) {
	main := d.pastSubordinate(lo, hi)
	for k := hi - 1; k >= main; k-- {
		if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].according && !d.namedQuoted(ci, hi) {
			if mi := d.subjectOf(ci, lo, hi); mi >= 0 {
				return mi, ci
			}
		}
	}
	return -1, -1
}

// namedQuoted reports a naming verb whose own quotation stands between it
// and token hi ("whom he described as “erratic”, with Lee:"): it named
// something and does not introduce what follows the colon.
func (d *document) namedQuoted(ci, hi int) bool {
	return namingVerbs[d.cues[ci].lemma] && d.hasQuote(d.cues[ci].tok1, hi)
}

// namingVerbs name or describe rather than report speech ("a group called
// Future45"); they do not hand a quotation to someone else.
var namingVerbs = map[string]bool{"call": true, "dub": true, "label": true, "describe": true}
