package speaker

import (
	"sort"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/quote"
)

// maxCueGap is how many tokens may stand between a cue before a
// quotation and the quotation ("told reporters in a short news conference:").
const maxCueGap = 10

// afterWindow returns the tokens [qt+1, end) that follow quotation token
// qt in its sentence, up to the next quotation or the paragraph's end.
func (d *document) afterWindow(qt int) (int, int) {
	_, hi := d.paraBounds(qt)
	lo := qt + 1
	end, passed := lo, 0
	for end < hi && !d.isSpeechTok(end) && d.toks[end].sent == d.toks[lo].sent {
		if passed += d.termAt(end); passed > maxTermsPassed {
			break
		}
		end++
	}
	return lo, end
}

// maxTermsPassed bounds how many terms a window reads past, so that each
// token lies in a bounded number of windows and the work stays linear.
const maxTermsPassed = 2

// termAt is 1 when token k is a term quotation, else 0.
func (d *document) termAt(k int) int {
	if d.toks[k].kind == tokQuote {
		return 1
	}
	return 0
}

// beforeWindow returns the tokens [start, qt) of the quotation's sentence
// before quotation token qt, back to the previous quotation or the
// paragraph's start.
func (d *document) beforeWindow(qt int) (int, int) {
	lo, _ := d.paraBounds(qt)
	start, passed := qt, 0
	for start > lo && !d.isSpeechTok(start-1) && d.toks[start-1].sent == d.toks[qt].sent {
		if passed += d.termAt(start - 1); passed > maxTermsPassed {
			break
		}
		start--
	}
	return start, qt
}

// isSpeechTok reports a quotation token other than a term: a title or a
// scare quote ("on NBC's “Meet the Press”") belongs to the narration
// around it, so the windows pass over it.
func (d *document) isSpeechTok(k int) bool {
	t := d.toks[k]
	return t.kind == tokQuote && d.kinds[t.quote] != quote.Term
}

// sieveCueAdjacent attributes a quotation to the subject of a speech verb
// right after it ("Q," X said / "Q," said X / "Q?" X asked rhetorically)
// or right before it (X said, "Q" / X told reporters: "Q").
func (d *document) sieveCueAdjacent() {
	for q := range d.openQuotes() {
		qt := d.quoteTok[q]
		if e := d.documentVoice(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueAdjacent, confSentence)
			continue // "“Q,” the statement said": its author's words
		}
		if mi, ci := d.cueAfter(qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueAdjacent, d.cueConfidence(mi))
			continue
		}
		if e := d.possessiveClaim(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueSentence, confSentence)
			continue // "Kim's conclusion that … “Q”"
		}
		if e := d.wordingOwner(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueSentence, confSentence)
			continue // "Lee used the words “Q”"
		}
		if e := d.speechActOwner(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueSentence, confSentence)
			continue // "Lee launched into a tirade against the “Q”"
		}
		if e := d.documentVoiceBefore(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueAdjacent, confSentence)
			continue // "X's post on LinkedIn read: “Q”"
		}
		if e := d.documentReportedBefore(qt); e >= 0 {
			d.attributeEntity(q, e, RuleCueSentence, confSentence)
			continue // "The statement said both sides “Q”"
		}
		if mi, ci, near := d.cueBefore(qt); mi >= 0 {
			rule, conf := RuleCueAdjacent, d.cueConfidence(mi)
			if !near {
				rule, conf = RuleCueSentence, confSentence
			}
			d.attributeCue(q, mi, ci, rule, conf)
		}
	}
}

// cueAfter finds a cue that starts the narration after quotation token qt
// with its subject: the subject or the verb must come first.
func (d *document) cueAfter(qt int) (mention, cueIndex int) {
	if d.endsWithPeriod(d.toks[qt].quote) {
		return -1, -1 // “Q.” He writes that …: a new sentence, not this quotation's cue
	}
	lo, hi := d.afterWindow(qt)
	first := lo
	for first < hi && d.toks[first].kind == tokPunct && d.word(d.toks[first]) == "," {
		first++
	}
	if d.introducesNext(first, hi) {
		return -1, -1
	}
	for k := first; k < hi && k < first+maxCueGap+12; k++ {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according {
			continue
		}
		mi := d.subjectOf(ci, first, hi)
		if mi < 0 || d.mentions[mi].tok0 < lo {
			return -1, -1 // a subject before the quotation: its sentence's cue, not this one's
		}
		if d.mentions[mi].tok0 != first && d.cues[ci].tok0 > first+2 || d.cues[ci].gerund {
			return -1, -1
		}
		if d.mentions[mi].tok0 > first && !d.onlyFillers(first, d.cues[ci].tok0) {
			return -1, -1 // "“Q,” while Smith replied …" opens a new clause
		}
		if om, oc := d.citedGerund(ci, hi); om >= 0 {
			return om, oc // "“Q,” the paper quoted her as saying": hers
		}
		return mi, ci
	}
	return -1, -1
}

// introducesNext reports an "and" clause [first, hi) that leads into the
// next quotation of the paragraph (`X said, "A," and Y said, "B."`): its
// cue belongs to the quotation after it.
func (d *document) introducesNext(first, hi int) bool {
	if first >= hi || hi >= len(d.toks) || d.toks[hi].kind != tokQuote || d.paraOf(hi) != d.paraOf(first) {
		return false
	}
	w := d.word(d.toks[first])
	return d.toks[first].kind == tokWord && (w == "and" || w == "but" || w == "then") && d.introduces(first, hi)
}

// onlyFillers reports whether tokens [lo, hi) are all fillers ("also",
// "later") that may precede an inverted verb.
func (d *document) onlyFillers(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !d.isFiller(k) {
			return false
		}
	}
	return true
}

// endsWithPeriod reports a quotation whose words end with a full stop:
// the writer's sentence ends with it, so what follows is not its cue
// (speech set off by its cue ends with a comma, "?" or "!").
func (d *document) endsWithPeriod(q int) bool {
	c := d.quotes[q].Content
	s := strings.TrimRight(d.text[c.Start:c.End], " \t\n\r”’\"'")
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && !strings.HasSuffix(s, "…")
}

// cueBefore finds the nearest cue before quotation token qt in its
// sentence and that cue's subject. near reports a cue that introduces the
// quotation directly (at most a few words, then a comma or colon), as
// opposed to a cue whose clause holds the quotation (X said that … "Q").
func (d *document) cueBefore(qt int) (mention, cueIndex int, near bool) {
	start, end := d.beforeWindow(qt)
	if d.dashLabel(start, end) {
		return -1, -1, false // "Topic - Tamsin Okonjo: “…”": left to the colon rule
	}
	fm, fc := -1, -1 // a cue whose subject is a description of a thing, kept in case
	for k := end - 1; k >= start; k-- {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according {
			continue
		}
		mi := d.subjectOf(ci, start, end)
		if mi < 0 {
			continue
		}
		if d.isThing(mi) || d.afterModal(ci, start) {
			if fm < 0 {
				fm, fc = mi, ci
			}
			continue // "…said that the platform should reiterate …": look further left
		}
		gap := end - d.cues[ci].tok1
		near = gap <= maxCueGap && d.introduces(d.cues[ci].tok1, end)
		if !near {
			if om, oc := d.reportingFrame(mi, ci, start, end); om >= 0 {
				return om, oc, false // "Lee said that Ruiz begged him … and “Q”": Lee's words
			}
		}
		return mi, ci, near
	}
	if fm >= 0 {
		return fm, fc, end-d.cues[fc].tok1 <= maxCueGap && d.introduces(d.cues[fc].tok1, end)
	}
	return -1, -1, false
}

// reportingFrame returns the subject and cue of "said" or "says" whose
// complement clause opens with mention mi, the subject of cue ci that
// does not introduce the quotation itself ("Lee said that Ruiz begged him
// … and “Q”", "Lee said Ruiz was right to urge them “Q”"): the reporter
// of the clause is the source of the words quoted in it. It returns -1
// when mi opens no such clause or ci is itself a verb of saying.
func (d *document) reportingFrame(mi, ci, lo, hi int) (mention, cueIndex int) {
	if l := d.cues[ci].lemma; l == "say" || l == "tell" {
		return -1, -1
	}
	k := d.mentions[mi].tok0 - 1
	if k >= lo && d.toks[k].kind == tokWord && d.info(k).lower == "that" {
		k--
	}
	if k < lo {
		return -1, -1
	}
	oc := d.cueAt[k]
	if oc < 0 || d.cues[oc].tok1 != k+1 || d.cues[oc].lemma != "say" || d.cues[oc].gerund {
		return -1, -1
	}
	om := d.subjectOf(oc, lo, hi)
	if om < 0 || om == mi || d.isThing(om) {
		return -1, -1
	}
	return om, oc
}

// afterModal reports a cue after a modal verb ("should reiterate", "would
// not say"): speech that is wished or foreseen, not reported, so that the
// words quoted in its clause are those of a speech verb further left
// ("Smith said the union should restate its backing for “loyal
// allies”"). lo bounds the look back.
func (d *document) afterModal(ci, lo int) bool {
	k := d.cues[ci].tok0 - 1
	for n := 0; n < 2 && k >= lo && d.toks[k].kind == tokWord && (d.info(k).lower == "not" || d.info(k).lower == "also"); n++ {
		k--
	}
	if k < lo || d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "should", "would", "could", "must", "might", "may", "can", "will", "shall":
		return true
	}
	return false
}

// isThing reports a description whose head is neither a person, a group
// nor a kind of organisation known to speak: "the platform", "the report".
func (d *document) isThing(mi int) bool {
	m := d.mentions[mi]
	return m.kind == MentionNominal && m.ekind == KindUnknown
}

// introduces reports whether the tokens [lo, hi) between a cue and its
// quotation end with a comma or colon and hold no "that" clause.
func (d *document) introduces(lo, hi int) bool {
	if hi == lo {
		return true
	}
	for k := lo; k < hi; k++ {
		if w := d.word(d.toks[k]); w == "that" || w == "if" || w == "whether" {
			return false
		}
	}
	last := d.word(d.toks[hi-1])
	return last == "," || last == ":"
}

// sieveCueSentence attributes a quotation inside reported speech to the
// subject of a speech verb elsewhere in its sentence (X said that … "Q").
func (d *document) sieveCueSentence() {
	for q := range d.openQuotes() {
		qt := d.quoteTok[q]
		if mi, ci, _ := d.cueBefore(qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueSentence, confSentence)
			continue
		}
		if p := d.previousQuoteInSentence(qt); p >= 0 && d.attr[p].Speaker >= 0 {
			continue // the quotation before in the sentence lends its speaker (split-quote)
		}
		if mi, ci := d.cueLaterInSentence(qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueSentence, confSentence)
		} else if mi, ci := d.reportedBefore(q, qt); mi >= 0 {
			d.attributeCue(q, mi, ci, RuleCueSentence, confSentence*0.9)
		}
	}
}

// cueLaterInSentence finds a speech verb after quotation token qt in its
// sentence and that verb's subject. It reads past fragments quoted on the
// way, so that a sentence ending "…did not find “Q1,” aside from
// “Q2,” said the director" gives both fragments to the director; it
// stops at a quotation of full sentences, which has cues of its own.
func (d *document) cueLaterInSentence(qt int) (mention, cueIndex int) {
	lo, hi := d.afterWindow(qt)
	_, phi := d.paraBounds(qt)
	for n := 0; n < maxTermsPassed && hi < phi && d.toks[hi].sent == d.toks[qt].sent && d.toks[hi].kind == tokQuote &&
		d.kinds[d.toks[hi].quote] == quote.Partial; n++ {
		hi++
		for hi < phi && !d.isSpeechTok(hi) && d.toks[hi].sent == d.toks[qt].sent {
			hi++
		}
	}
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokQuote {
			continue
		}
		if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].according && !d.reportsSpeech(ci) {
			from := k
			for from > lo && !d.isSpeechTok(from-1) {
				from--
			}
			if mi := d.subjectOf(ci, from, hi); mi >= 0 {
				return mi, ci
			}
		}
	}
	return -1, -1
}

// isPending reports a quotation whose cue waits for the dialogue pass.
func (d *document) isPending(q int) bool {
	_, ok := d.pending[q]
	return ok
}

// previousQuoteInSentence returns the attributable quotation before
// quotation token qt in its sentence, or -1.
func (d *document) previousQuoteInSentence(qt int) int {
	lo, _ := d.paraBounds(qt)
	for k := qt - 1; k >= lo && d.toks[k].sent == d.toks[qt].sent; k-- {
		if q := d.lineAt(k); q >= 0 {
			return q
		}
	}
	return -1
}

// claimNouns are nouns of speech whose owner said what the "that" clause
// after them holds ("his comment that", "Lee's conclusion that").
var claimNouns = map[string]bool{
	"comment": true, "comments": true, "remark": true, "remarks": true, "claim": true,
	"claims": true, "conclusion": true, "assertion": true, "insistence": true,
	"contention": true, "warning": true, "suggestion": true, "argument": true,
	"statement": true, "promise": true, "pledge": true, "boast": true, "charge": true,
	"accusation": true, "declaration": true, "prediction": true, "admission": true,
}

// possessiveClaim returns, in news, the entity that owns a noun of speech
// whose "that" clause holds quotation token qt ("Lee stood by his comment
// Monday that “Q”", "Kim's conclusion that her acts were “Q”"): the
// name before "'s" or the antecedent of "his", "her" or "their". It
// returns -1 when there is none or another cue or quotation stands
// between.
func (d *document) possessiveClaim(qt int) int {
	if d.genre != GenreNews {
		return -1
	}
	for k := qt - 1; k > 0 && k >= qt-12 && d.toks[k].sent == d.toks[qt].sent; k-- {
		if d.toks[k].kind == tokQuote || d.cueAt[k] >= 0 {
			return -1
		}
		if d.toks[k].kind != tokWord || d.info(k).lower != "that" {
			continue
		}
		j := k - 1
		for n := 0; n < 2 && j > 0 && d.toks[j].kind == tokWord && isCalendarWord(d.word(d.toks[j])); n++ {
			j-- // "his comment Monday that"
		}
		if j < 1 || d.toks[j].kind != tokWord || !claimNouns[d.info(j).lower] {
			return -1
		}
		if d.claimIsSubject(j - 1) {
			return -1 // "X said that Lee's claim that … is “Q”": the predicate is X's
		}
		return d.claimOwner(j - 1)
	}
	return -1
}

// claimIsSubject reports whether the owner ending at token k opens a
// clause after "that" or a speech verb, where the claim it owns is the
// subject and the words after its clause the predicate.
func (d *document) claimIsSubject(k int) bool {
	if m := d.mentionIn[k]; m >= 0 {
		k = d.mentions[m].tok0
	}
	k--
	return k >= 0 && d.toks[k].kind == tokWord && (d.info(k).lower == "that" || d.cueAt[k] >= 0)
}

// claimOwner returns the entity that owns a noun at token k+1: a name
// ending in "'s" at token k, or the antecedent of a possessive pronoun
// there; -1 otherwise.
func (d *document) claimOwner(k int) int {
	if d.toks[k].kind != tokWord {
		return -1
	}
	if m := d.mentionIn[k]; m >= 0 {
		if d.mentions[m].tok1 == k+1 && d.mentions[m].kind == MentionName && isPossessive(d.word(d.toks[k])) {
			return d.resolve(m)
		}
		return -1
	}
	p, ok := lexicon.LookupPronoun(d.info(k).lower)
	if !ok || !p.Case.Has(lexicon.CaseDeterminer) || p.Person != 3 || p.Gender == lexicon.Neuter && p.Number != lexicon.Plural {
		return -1
	}
	pm := mention{kind: MentionPronoun, person: 3, gender: genderOf(p.Gender), plural: p.Number == lexicon.Plural, ekind: Person, sentence: d.toks[k].sent}
	mi := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].tok0 > k })
	return d.antecedentOf(pm, mi, -1)
}
