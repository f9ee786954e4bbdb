package speaker

import (
	"iter"

	"github.com/quoteattr/quoteattr/quote"
)

// Confidence of each way of attributing, from explicit cues down to
// turn-taking.
const (
	confCueName     = 0.95
	confCuePronoun  = 0.85
	confCueNominal  = 0.85
	confSentence    = 0.8
	confAccording   = 0.9
	confColon       = 0.8
	confDash        = 0.85
	confSplit       = 0.85
	confParagraph   = 0.6
	confContinued   = 0.7
	confActionBeat  = 0.55
	confTurnTaking  = 0.5
	confVocativeOff = 0.1 // taken off when a guess is also named as addressee

	// The fiction steps. A line the reply calls back by name after a
	// pronoun or description cue took it for someone else, and a
	// turn-taking guess the reply corrects the same way, stand between a
	// cue and a turn; a teller's paragraph goes on like a continuation, a
	// little weaker; a line no rule attributed that only the reply's call
	// or a voice's exchange names is the weakest guess.
	confReplyCall     = 0.75
	confAddressedBack = 0.6
	confTeller        = confContinued * 0.8
	confOpenReplyCall = confTurnTaking * 0.6
	confVoice         = confTurnTaking * 0.6
	// A description's lines given to a name: the naming is one inference
	// more than the cue that found the description, so it scales the
	// line's confidence down.
	confDescribedName = 0.9
)

// sieve is one step of the chain: a matcher that attributes quotations
// still open, or a fiction step that revises what the matchers found.
type sieve struct {
	rule    Rule
	run     func(d *document)
	fiction bool // the step runs on fiction only
}

// sieves returns the steps of the chain in the order they run: the
// matchers in order of precision, then the fiction steps.
func sieves() []sieve {
	return []sieve{
		{RuleCueAdjacent, (*document).sieveCueAdjacent, false},
		{RuleAccordingTo, (*document).sieveAccordingTo, false},
		{RuleColon, (*document).sieveColon, false},
		{RuleDash, (*document).sieveDash, false},
		{RuleCueSentence, (*document).sieveCueSentence, false},
		{RuleSplitQuote, (*document).sieveSplitQuote, false},
		{RuleParagraphSpeaker, (*document).sieveParagraphSpeaker, false},
		{RuleContinuation, (*document).sieveContinuation, false},
		{RuleConversation, (*document).sieveDialogue, false},
		{RuleReplyCall, (*document).nameByReplyCall, true},
		{RuleTeller, (*document).continueTellers, true},
		{RuleAddressedBack, (*document).reassignAddressed, true},
		{RuleOpenReplyCall, (*document).nameUnattributedByReply, true},
		{RuleDescribedName, (*document).nameDescribedSpeakers, true},
		{RuleVoice, (*document).nameVoices, true},
		{RuleNarratorName, (*document).nameNarrator, true},
	}
}

// open reports whether quotation q still needs a speaker: a top-level
// quotation that is not a term, with no attribution yet.
func (d *document) open(q int) bool {
	return d.spokenLine(q) && d.attr[q].Rule == RuleNone && !d.isPending(q)
}

// openQuotes yields, in order, each quotation that is still open (open)
// when the loop comes to it.
func (d *document) openQuotes() iter.Seq[int] {
	return func(yield func(int) bool) {
		for q := range d.quotes {
			if d.open(q) && !yield(q) {
				return
			}
		}
	}
}

// spokenLine reports whether quotation q is a line someone may speak:
// found among the tokens, and not a term (a title or a word in scare
// quotes).
func (d *document) spokenLine(q int) bool {
	return d.quoteTok[q] >= 0 && d.kinds[q] != quote.Term
}

// attribute records that mention mi spoke quotation q, found by rule
// through cue ci (or -1).
func (d *document) attribute(q, mi, ci int, rule Rule, conf float64) bool {
	e := d.resolve(mi)
	if e < 0 {
		return false
	}
	if d.entities[e].kind == KindUnknown && ci >= 0 {
		d.entities[e].kind = Person // whoever a speech verb makes speak is a person
	}
	e = d.jointSpeaker(mi, e, ci)
	a := &d.attr[q]
	a.Speaker, a.Rule, a.Confidence = e, rule, conf
	a.Mention = d.mentions[mi].Span
	if ci >= 0 {
		a.Cue = d.cues[ci].Span
	}
	d.attrMent[q] = mi
	return true
}

// attributeEntity records that entity e spoke quotation q, by a rule that
// needs no mention of its own (continuation, turn-taking).
func (d *document) attributeEntity(q, e int, rule Rule, conf float64) {
	if e < 0 {
		return
	}
	a := &d.attr[q]
	a.Speaker, a.Rule, a.Confidence = e, rule, conf
}

// setSpeaker records that fiction step gave quotation q to entity e with
// confidence conf: the attribution reports step as its Rule. d.attr keeps
// the rule of the matcher behind the line, which the steps test: they ask
// what tags a line (a cue, a turn, nothing), not which step revised it.
func (d *document) setSpeaker(q, e int, step Rule, conf float64) {
	d.attr[q].Speaker, d.attr[q].Confidence = e, conf
	d.setBy[q] = step
}

// cueConfidence grades an explicit cue by the kind of its subject.
func (d *document) cueConfidence(mi int) float64 {
	switch d.mentions[mi].kind {
	case MentionPronoun:
		return confCuePronoun
	case MentionNominal:
		return confCueNominal
	}
	return confCueName
}

// paraBounds returns the token range of the paragraph holding token k.
func (d *document) paraBounds(k int) (int, int) {
	p := d.paraOf(k)
	return d.paraTok[p], d.paraTok[p+1]
}
