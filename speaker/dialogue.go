package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"slices"
)

// pendingCue is a cue whose subject is a pronoun or a description ("he
// said", "said the young man"): in fiction it is resolved in the flow of
// the conversation, where the expected next speaker is known.
type pendingCue struct {
	mention, cue int
	rule         Rule
	conf         float64 // the confidence when resolved; zero: as for a cue
}

// pendingConf returns the confidence of an attribution through pending
// cue pc: its own, else that of a cue of its mention.
func (d *document) pendingConf(pc pendingCue) float64 {
	if pc.conf == 0 {
		return d.cueConfidence(pc.mention)
	}
	return pc.conf
}

// dialogue follows who speaks in a conversation.
type dialogue struct {
	last, prev int // the last two distinct speakers, or -1
	lastPara   int // paragraph of the last quotation with a speaker
	lastQuote  int // that quotation
	addressee  int // the addressee of the last quotation, or -1
	aside      aside
}

// expected returns the speaker the turn-taking predicts for a quotation in
// paragraph p: the addressee named by the previous turn, else the
// participant who spoke before the last one; -1 when the quotation does
// not continue a conversation.
func (g *dialogue) expected(p int) int {
	if g.last >= 0 && p == g.lastPara {
		return g.last // the same paragraph is the same turn
	}
	if g.last < 0 || p != g.lastPara+1 {
		return -1
	}
	if g.addressee >= 0 && g.addressee != g.last {
		return g.addressee
	}
	return g.prev
}

// spoke records that entity e spoke quotation q in paragraph p, to
// addressee a (or -1).
func (g *dialogue) spoke(e, q, p, a int) {
	if a < 0 && e == g.last {
		a = g.addressee // the same speaker goes on to the same listener
	}
	if e != g.last {
		g.prev, g.last = g.last, e
	}
	g.lastPara, g.lastQuote, g.addressee = p, q, a
}

// answered records that participant e answered without words in paragraph
// p (a nod, a shrug, "I did as he asked."): e took the last turn, so the
// other participant is the one expected next.
func (g *dialogue) answered(e, p int) {
	other := g.last
	if other == e {
		other = g.prev
	}
	g.last, g.prev = e, other
	g.lastPara, g.addressee = p, -1
}

// sieveDialogue attributes the quotations of fiction in text order, as a
// reader follows a conversation: explicit names first (already set by the
// earlier sieves), then pronoun and description cues resolved against the
// expected speaker, then a quotation split by its cue, an action beat, and
// finally turn-taking.
func (d *document) sieveDialogue() {
	if d.genre != GenreFiction {
		return
	}
	g := dialogue{last: -1, prev: -1, lastPara: -2, lastQuote: -1, addressee: -1}
	para := -1
	for q := range d.quotes {
		if !d.spokenLine(q) {
			continue
		}
		if para >= 0 && para != d.quotePara[q] {
			d.lineDepartures(para, &g)
		}
		for p := para + 1; p < d.quotePara[q]; p++ {
			d.narrationTurn(p, &g)
			d.departures(p, &g)
		}
		para = d.quotePara[q]
		d.readBefore(d.quoteTok[q])
		if d.attr[q].Rule == RuleNone && !d.inscribed(q) {
			d.attributeInDialogue(q, &g)
		}
		if e := d.attr[q].Speaker; e >= 0 {
			d.spokeSalient(e, d.toks[d.quoteTok[q]].sent)
			gap := g.last >= 0 && g.last != e && d.quotePara[q] > d.quotePara[g.lastQuote]+sceneGap && d.narrationOnly(g.lastQuote, q)
			back := g.aside.returns(e, &g)
			g.aside.note(e, &g)
			g.spoke(e, q, d.quotePara[q], d.addresseeOf(q, e, &g))
			if back >= 0 && d.vocativeIn(q) < 0 {
				g.prev, g.addressee = back, back // the pair goes on after the one called in answered
			}
			d.attr[q].Addressee = g.addressee
			if g.prev < 0 && g.addressee < 0 {
				g.prev = d.otherInScene(q, e)
				if g.prev < 0 && d.index.narrator >= 0 && e != d.index.narrator {
					g.prev = d.index.narrator // nobody else is there: the one who says "I" listens
				}
			} else if gap && g.addressee < 0 {
				if x := d.sceneListener(q, e); x >= 0 {
					g.prev = x // narration between the scenes shows who is there now
				}
			}
		}
	}
}

// attributeInDialogue attributes one open quotation of fiction.
func (d *document) attributeInDialogue(q int, g *dialogue) {
	p := d.quotePara[q]
	if pc, ok := d.pending[q]; ok {
		d.resolvePending(q, pc, g.expected(p), g)
		d.avoidNamedWithin(q, pc, g)
		return
	}
	if g.lastQuote >= 0 && d.quotePara[g.lastQuote] == p && !d.otherSpeakerBetween(d.quoteTok[g.lastQuote], d.quoteTok[q], g.last) {
		d.attributeEntity(q, g.last, RuleSplitQuote, confSplit)
		return
	}
	if e := d.nameGiven(q); e >= 0 {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking) // "What's your name?" ¶ "Bryony."
		return
	}
	if mi, ci := d.leadInCue(q); mi >= 0 && d.notCalledIn(q, d.resolve(mi)) {
		d.attributeLeadIn(q, mi, ci, g) // "Then his wife spoke. "…""
		return
	}
	if mi, only := d.paragraphPerson(p); only && d.resolve(mi) != d.vocativeIn(q) {
		d.attributeBeat(q, mi, g, confActionBeat)
		return
	}
	if mi := d.beatSubject(q); mi >= 0 && d.notCalledIn(q, d.resolve(mi)) {
		d.attributeBeat(q, mi, g, confActionBeat*0.9) // "Then she turned to him. "…""
		return
	}
	if e := d.reportedTurn(q, g); d.notCalledIn(q, e) {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking) // "Lotte muttered that …" was her turn
		return
	}
	if mi := d.trailingSubject(q); mi >= 0 && d.notCalledIn(q, d.resolve(mi)) {
		d.attributeBeat(q, mi, g, confActionBeat*0.8) // "… Her niece stepped forward. ¶ "…""
		return
	}
	if e := g.expected(p); d.notCalledIn(q, e) {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking)
		return
	} else if e >= 0 && p != g.lastPara && g.last >= 0 && g.last != e {
		// The one expected is addressed ("Don't, Jo."): the other speaks.
		d.attributeEntity(q, g.last, RuleConversation, confTurnTaking*0.9)
		return
	}
	d.attributeOffTurn(q, g)
}

// attributeOffTurn gives quotation q, which no cue, beat or turn of the
// exchange g gives anyone, to the subject of the narration around it, to
// the one it addresses or answers, or to the one whose turn resumes.
func (d *document) attributeOffTurn(q int, g *dialogue) {
	if mi := d.openingSubject(d.paraTok[d.quotePara[q]], d.quoteTok[q]); mi >= 0 && d.notCalledIn(q, d.resolve(mi)) {
		d.attributeBeat(q, mi, g, confActionBeat*0.9) // "Clara looked at me. "…""
		return
	}
	if mi := d.closingSubject(q); mi >= 0 && d.notCalledIn(q, d.resolve(mi)) {
		d.attributeBeat(q, mi, g, confActionBeat*0.8)
		return
	}
	if e := d.addressingSpeaker(q, g); e >= 0 {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking*0.8)
		return
	}
	if e := d.answeringAddressee(q); e >= 0 {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking*0.7)
		return
	}
	if mi := d.followingSubject(q); mi >= 0 && d.resolve(mi) != d.vocativeIn(q) {
		d.attributeBeat(q, mi, g, confActionBeat*0.7) // ""Hello!" ¶ Tom was sprawling in a chair."
		return
	}
	if e := d.resumedTurn(q, g); e >= 0 {
		d.attributeEntity(q, e, RuleConversation, confTurnTaking*0.6)
	}
}

// closingSubject returns the person who is the subject of the last
// sentence of the narration paragraph right before quotation q, when q
// opens its paragraph ("The doctor handed him back to his nurse. ¶ "You'd
// better put him to bed.""); -1 otherwise.
func (d *document) closingSubject(q int) int {
	p := d.quotePara[q]
	if p == 0 || d.quoteTok[q] != d.paraTok[p] {
		return -1
	}
	lo, hi := d.paraTok[p-1], d.paraTok[p]
	if hi == lo {
		return -1
	}
	start := d.sentenceStart(hi-1, lo)
	if d.hasQuote(lo, hi) {
		return -1 // a paragraph of narration only
	}
	for k := start; k < hi; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.oblique(d.mentions[mi]) {
			continue
		}
		m := d.mentions[mi]
		if m.kind == MentionPronoun && (!m.subject || m.person != 3 || m.plural) || m.collective() || m.plural || !d.canSpeak(mi) {
			return -1
		}
		if h := d.heardPerson(mi, hi); h >= 0 {
			return h // "He heard her speak. ¶ "…"": she speaks
		}
		return d.lastJoinedSubject(mi, hi)
	}
	return -1
}

// knownByCalling reports a description named by a calling ("the
// surgeon", not "the young man") that the narration has already used
// twice before mention mi: a character the story knows by that calling,
// not another name for someone named nearby.
func (d *document) knownByCalling(m mention, mi int) bool {
	return !personNouns[m.roles] && d.mentionedBefore(m.entity, mi, 2)
}

// personNouns are the head nouns that say only what kind of person someone
// is ("the young lady", "my companion"): such descriptions usually stand
// for a character named elsewhere.
var personNouns = map[string]bool{
	"man": true, "woman": true, "lady": true, "gentleman": true, "girl": true, "boy": true,
	"child": true, "fellow": true, "person": true, "youth": true, "companion": true,
	"friend": true, "creature": true, "lad": true, "lass": true, "maiden": true,
	"stranger": true, "visitor": true, "guest": true, "one": true,
}

// mentionedBefore reports whether entity e has at least n mentions before
// mention mi.
func (d *document) mentionedBefore(e, mi, n int) bool {
	for _, j := range d.entities[e].mentions {
		if j < mi {
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// heardPerson returns the person subject mi hears ("He heard her speak",
// "She heard Mrs. Pellow's voice") when the verb right after the subject is
// a form of "hear" and a person follows it in tokens before hi; -1
// otherwise.
func (d *document) heardPerson(mi, hi int) int {
	k := d.mentions[mi].tok1
	if k+1 >= hi || d.toks[k].kind != tokWord {
		return -1
	}
	switch d.word(d.toks[k]) {
	case "heard", "hears", "hear":
	default:
		return -1
	}
	h := d.mentionAt[k+1]
	if h < 0 || d.toks[k+1].sent != d.toks[k].sent {
		return -1
	}
	o := d.mentions[h]
	if o.collective() || o.plural || o.person != 3 || !d.canSpeak(h) {
		return -1
	}
	return h
}

// openingSubject returns the person who opens the narration before
// quotation token qt in its paragraph (tokens [lo, qt)), or -1.
func (d *document) openingSubject(lo, qt int) int {
	for k := lo; k < qt && k < lo+3; k++ {
		mi := d.mentionOpening(k)
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.kind == MentionPronoun && (!m.subject || m.person != 3) || m.collective() || !d.canSpeak(mi) {
			return -1
		}
		return mi
	}
	return -1
}

// resolvePending attributes quotation q through its pronoun or
// description cue: to the expected speaker when the cue fits it, else to
// the cue's own antecedent.
func (d *document) resolvePending(q int, pc pendingCue, expected int, g *dialogue) {
	m := d.mentions[pc.mention]
	conf := d.pendingConf(pc)
	if d.resolveByNarration(q, pc, m, conf, expected, g) || d.resolveByTurn(q, pc, m, conf, expected, g) {
		return
	}
	if m.kind == MentionPronoun && m.person == 3 && m.entity < 0 {
		d.bind(pc.mention, d.pronounSpeaker(pc.mention, d.vocativeIn(q)))
		if e := d.namedFor(q, pc.mention, g); e >= 0 && d.fits(m, e) && e != d.vocativeIn(q) {
			d.rebind(pc.mention, e) // "she" is "the young lady", who is Miss Morstan
		}
	}
	// A description already speaking in turn ("the child") is one of the
	// participants, not another name for the other.
	if m.kind == MentionNominal && !d.entities[m.entity].proper && m.entity != g.last && m.entity != g.prev && !d.knownByCalling(m, pc.mention) {
		if e := d.stickyDescribed(pc.mention); d.notCalledIn(q, e) {
			d.rebind(pc.mention, e) // "the young man" is the one it meant before
		} else if e := d.describedCharacter(q, pc.mention, g); e >= 0 {
			d.rebind(pc.mention, e)
		}
	}
	d.attribute(q, pc.mention, pc.cue, pc.rule, conf*0.9)
}

// resolveByNarration gives quotation q, cued by pc with mention m, to the
// person the narration around it points to (the one beside the narrator,
// a relative, a name the line gives itself, the subject of the narration
// just before) and reports whether it did.
func (d *document) resolveByNarration(q int, pc pendingCue, m mention, conf float64, expected int, g *dialogue) bool {
	if e := d.narratorOwnedSpeaker(q, pc.mention, g); e >= 0 {
		d.attributeAs(q, pc, e, conf) // "said my companion": the one beside the narrator
		return true
	}
	if m.kind == MentionNominal && (isPossessiveDeterminer(d.word(d.toks[m.tok0])) || m.owner >= 0) {
		if e := d.relative(q, pc.mention); e >= 0 {
			d.attributeAs(q, pc, e, conf*0.9)
			return true
		}
	}
	if e := d.selfNamed(q); e >= 0 && m.person == 3 && (m.kind == MentionPronoun || !d.entities[m.entity].proper) && d.fits(m, e) {
		d.attributeAs(q, pc, e, conf) // ""Tom Pellow," said the stranger. "That's my name, sir.""
		return true
	}
	if e := d.possessedSubject(q, pc.mention); e >= 0 && m.entity < 0 && e != d.vocativeIn(q) {
		d.bind(pc.mention, e) // "Ada's aunt frowned. "…," she said."
		d.attribute(q, pc.mention, pc.cue, pc.rule, conf)
		return true
	}
	if e := d.narratedBefore(q); m.kind == MentionPronoun && e >= 0 && d.fits(m, e) && e != d.vocativeIn(q) {
		d.attributeAs(q, pc, e, conf) // "He led me out. "…," he said."
		return true
	}
	if e := d.narratedOfGender(q, pc.mention); d.notCalledIn(q, e) {
		d.attributeAs(q, pc, e, conf) // "She poured. He did not look up. "…," she said."
		return true
	}
	if e := d.namedJustBefore(q, pc.mention); e >= 0 && e != expected && e != d.vocativeIn(q) {
		d.attributeAs(q, pc, e, conf) // "Mrs. Pellow was flushed. "…," she said."
		return true
	}
	if e := d.goesOn(q, pc, m, g); e >= 0 {
		d.attributeAs(q, pc, e, conf) // "…," he added.
		return true
	}
	return false
}

// resolveByTurn gives quotation q, cued by pc with mention m, to the
// person the exchange points to (a name closing the narration before, a
// call in the reply, a description still speaking, the expected speaker
// of the turn) and reports whether it did.
func (d *document) resolveByTurn(q int, pc pendingCue, m mention, conf float64, expected int, g *dialogue) bool {
	if e := d.closingNamedSubject(q); e >= 0 && e != expected && m.kind == MentionPronoun && m.person == 3 && d.fits(m, e) && e != d.vocativeIn(q) {
		d.attributeAs(q, pc, e, conf) // "Then Tom grinned. ¶ "…," said he."
		return true
	}
	if e := d.calledInReply(q, m); e >= 0 && e != expected {
		d.attributeAs(q, pc, e, conf) // "…," said the stranger. ¶ "Well, Ned, …"
		return true
	}
	if e := d.stickyDescribed(pc.mention); e >= 0 && e != expected && e != d.vocativeIn(q) && e != g.last {
		d.attributeAs(q, pc, e, conf) // "the child" is still the child, whoever's turn it is
		return true
	}
	if e := d.followedSpeaker(q, m, expected, g); d.notCalledIn(q, e) {
		d.attributeAs(q, pc, e, conf) // "…," cried Ada. She had …. She …. ¶ "…," she said.
		return true
	}
	if expected >= 0 && m.person == 3 && d.fits(m, expected) && expected != d.vocativeIn(q) && expected != d.descriptionOwner(pc.mention) && !d.staleExpected(q, m, expected) && !d.untiedCalling(pc.mention, expected, g) {
		d.attributeAs(q, pc, expected, conf)
		return true
	}
	if e := d.narrationSubject(q, m); d.notCalledIn(q, e) {
		d.attributeAs(q, pc, e, conf) // "The doctor explained that he…. ¶ "…," said he."
		return true
	}
	return false
}

// attributeAs gives quotation q to entity e through pending cue pc, whose
// mention now stands for e (rebind).
func (d *document) attributeAs(q int, pc pendingCue, e int, conf float64) {
	d.rebind(pc.mention, e)
	d.attribute(q, pc.mention, pc.cue, pc.rule, conf)
}

// notCalledIn reports whether e is someone (e >= 0) whom quotation q
// does not call by name: a line is not spoken by the one it calls.
func (d *document) notCalledIn(q, e int) bool {
	return e >= 0 && e != d.vocativeIn(q)
}

// narratedBefore returns the one person the narration of quotation q's
// paragraph names before it, as a name or as the subject "he" or "she"
// ("He led me to the door. "…," he said."); -1 when it names nobody or
// several people, or when q is not the paragraph's first quotation.
func (d *document) narratedBefore(q int) int {
	found := -1
	if !d.eachNarratedBefore(q, func(mi int) bool {
		if !namesActor(d.mentions[mi]) {
			return true // "it" stands for no one
		}
		e := d.resolve(mi)
		if e < 0 || d.entities[e].kind != Person || found >= 0 && e != found {
			return false
		}
		found = e
		return true
	}) {
		return -1
	}
	return found
}

// eachNarratedBefore calls yield with each mention, in order, that the
// narration of quotation q's paragraph holds before q, until yield
// returns false (eachNarrationMention).
func (d *document) eachNarratedBefore(q int, yield func(mi int) bool) bool {
	return d.eachNarrationMention(d.paraTok[d.quotePara[q]], d.quoteTok[q], yield)
}

// eachNarrationMention calls yield with each mention starting in tokens
// [lo, hi), in order, until yield returns false. It reports false when
// yield stopped it or when a quotation stands there: the tokens must be
// narration only.
func (d *document) eachNarrationMention(lo, hi int, yield func(mi int) bool) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokQuote {
			return false
		}
		if mi := d.mentionAt[k]; mi >= 0 && !yield(mi) {
			return false
		}
	}
	return true
}

// namesActor reports whether mention c, in narration, may name a person
// who acts: a name other than a place's, or the subject pronoun "he" or
// "she" (not "it", "they" or "him", nor a description).
func namesActor(c mention) bool {
	return !(c.kind == MentionPronoun && (!c.subject || c.person != 3 || c.plural || c.ekind != Person) || c.kind == MentionNominal || c.place)
}

// namedFor returns the named character that pronoun mi stands for when
// it has been resolved to a definite description ("the young lady"): the
// character describedCharacter finds for the description's last mention
// before it; -1 otherwise.
func (d *document) namedFor(q, mi int, g *dialogue) int {
	e := d.mentions[mi].entity
	if e < 0 || d.entities[e].proper || !mayBePerson(d.entities[e].kind) || d.broughtIn(e) {
		return -1
	}
	ms := d.entities[e].mentions
	for i := len(ms) - 1; i >= 0; i-- {
		j := ms[i]
		if j >= mi || d.mentions[j].kind != MentionNominal {
			continue
		}
		if !strings.EqualFold(d.word(d.toks[d.mentions[j].tok0]), "the") {
			return -1 // "a small boy" brings in someone new
		}
		c := d.describedCharacter(q, j, g)
		if c < 0 || d.introducedSince(c, j) {
			return -1
		}
		return c
	}
	return -1
}

// introducedSince reports whether the narration brings in someone new ("a
// tall stranger came in") between the last mention of entity c before
// mention j and j: a description after that stands for the newcomer.
func (d *document) introducedSince(c, j int) bool {
	for k := j - 1; k >= 0 && j-k <= maxPronounReach; k-- {
		m := d.mentions[k]
		if m.entity == c {
			return false
		}
		w := strings.ToLower(d.word(d.toks[m.tok0]))
		if m.kind == MentionNominal && (w == "a" || w == "an") && m.ekind == Person && !d.predicative(m) {
			return true
		}
	}
	return false
}

// rebind moves mention mi to entity e: a description or pronoun now known
// to stand for a character.
func (d *document) rebind(mi, e int) {
	m := &d.mentions[mi]
	if m.entity == e {
		return
	}
	if m.entity >= 0 {
		old := &d.entities[m.entity]
		if i := slices.Index(old.mentions, mi); i >= 0 {
			old.mentions = slices.Delete(old.mentions, i, i+1)
		}
	}
	if m.kind == MentionPronoun && m.entity < 0 {
		d.bind(mi, e)
		return
	}
	m.entity = e
	d.entities[e].mentions = append(d.entities[e].mentions, mi)
}

// attributeBeat attributes quotation q to the person mention mi of its
// paragraph's narration; a pronoun or description there is resolved as a
// cue would be, against the speaker the conversation expects.
func (d *document) attributeBeat(q, mi int, g *dialogue, conf float64) {
	m := d.mentions[mi]
	described := m.kind == MentionNominal && (m.entity < 0 || !d.entities[m.entity].proper)
	if m.kind == MentionPronoun && m.person == 3 || described {
		d.resolvePending(q, pendingCue{mention: mi, cue: -1, rule: RuleActionBeat, conf: conf}, g.expected(d.quotePara[q]), g)
		return
	}
	d.attribute(q, mi, -1, RuleActionBeat, conf)
}

// fits reports whether a pronoun or description may denote entity e.
func (d *document) fits(m mention, e int) bool {
	x := d.entities[e]
	if m.kind == MentionNominal {
		if x.kind != Person || m.plural || d.childOfAdult(m, e) {
			return false
		}
		return m.gender == GenderUnknown || x.gender == GenderUnknown || m.gender == x.gender
	}
	if m.person == 3 && e == d.index.narrator {
		return false // "he" is never the one who says "I"
	}
	return d.agreement(m, x) != agreeNot
}

// describedCharacter finds the named character a description such as "the
// young girl" or "her mother" refers to: the most recent speaker or named
// person that fits it, other than the last speaker when the description is
// relational.
func (d *document) describedCharacter(q, mi int, g *dialogue) int {
	m := d.mentions[mi]
	if e := d.relative(q, mi); e >= 0 {
		return e
	}
	exclude := -1
	if isPossessiveDeterminer(d.word(d.toks[m.tok0])) {
		exclude = g.last // "her mother" is not the woman who just spoke
	}
	for j, n := mi-1, 0; j >= 0 && n < maxPronounReach; j, n = j-1, n+1 {
		c := d.mentions[j]
		if c.kind != MentionName || c.entity < 0 || c.place || !d.entities[c.entity].proper {
			continue
		}
		if d.fits(m, c.entity) && c.entity != exclude {
			if d.callingOutsideTalk(m, c.entity, g) || d.untiedCalling(mi, c.entity, g) {
				return -1
			}
			return c.entity
		}
	}
	return -1
}

// isPossessiveDeterminer reports "his", "her", "their" and the like.
func isPossessiveDeterminer(w string) bool {
	p, ok := lexicon.LookupPronoun(w)
	return ok && p.Case.Has(lexicon.CaseDeterminer)
}

// attributeCue attributes quotation q to the subject mi of cue ci; in
// fiction a pronoun or description subject is left for the dialogue pass,
// which knows who is expected to speak.
func (d *document) attributeCue(q, mi, ci int, rule Rule, conf float64) {
	m := d.mentions[mi]
	deferred := m.kind == MentionPronoun && m.person == 3 ||
		m.kind == MentionNominal && (m.entity < 0 || !d.entities[m.entity].proper)
	if d.genre == GenreFiction && deferred {
		if d.pending == nil {
			d.pending = map[int]pendingCue{}
		}
		d.pending[q] = pendingCue{mention: mi, cue: ci, rule: rule}
		return
	}
	d.attribute(q, mi, ci, rule, conf)
}

// narrationTurn reads a short paragraph of narration between two lines of
// a conversation: when it shows one participant acting ("He looked at the
// sky for a long time."), the next line of speech is that participant's;
// when it names nobody, the conversation goes on unchanged.
func (d *document) narrationTurn(p int, g *dialogue) {
	if d.sceneBreak(p) {
		*g = dialogue{last: -1, prev: -1, lastPara: -2, lastQuote: g.lastQuote, addressee: -1}
		return
	}
	if g.last < 0 || p != g.lastPara+1 {
		return
	}
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	if hi == lo || d.toks[hi-1].sent-d.toks[lo].sent > 2 || d.narratorReacts(p, g) || d.answeredByGesture(p, g) {
		return
	}
	mi, only := d.paragraphPerson(p)
	if !only {
		if mi < 0 && !d.mentionsAnyone(lo, hi) || d.onlyParticipants(lo, hi, g) {
			g.lastPara = p // "This was invitation enough." leaves the turn as it was
		}
		return
	}
	e := d.resolve(mi)
	if e < 0 {
		return
	}
	e = d.calledReacts(p, mi, e, g)
	if e != g.last && e != g.prev {
		if e == d.index.narrator {
			g.lastPara = p // "I smiled." : the one who tells listens, the talk goes on
		}
		return
	}
	// The participant who acts is about to speak: the next line of speech
	// is theirs.
	if e == g.last {
		g.prev, g.last = e, g.prev
	}
	g.lastPara, g.addressee = p, -1
}

// mentionsAnyone reports whether tokens [lo, hi) mention a person or a
// group by name, description or pronoun.
func (d *document) mentionsAnyone(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if mi := d.mentionIn[k]; mi >= 0 && d.mentions[mi].ekind != Organization {
			return true
		}
	}
	return false
}

// otherInScene returns the person the narration named last before
// quotation q, other than its speaker e: at the start of a conversation,
// the one likely to answer. It returns -1 when there is none nearby.
func (d *document) otherInScene(q, e int) int {
	qt := d.quoteTok[q]
	floor := d.paraTok[d.sceneStart(d.quotePara[q], 2)]
	for k := qt - 1; k >= floor; k-- {
		mi := d.mentionOpening(k)
		if mi < 0 || d.mentions[mi].kind != MentionName {
			continue
		}
		if x := d.mentions[mi].entity; x >= 0 && x != e && d.entities[x].kind == Person {
			return x
		}
	}
	return -1
}

// sceneListener returns the narrator when quotation q, spoken by e,
// opens a conversation right after a paragraph of narration in which the
// narrator takes part ("… was shown up to me."): the one who says "I" is
// there to answer, whoever spoke in an earlier scene. It returns -1
// otherwise.
func (d *document) sceneListener(q, e int) int {
	p := d.quotePara[q]
	if p == 0 || d.index.narrator < 0 || e == d.index.narrator {
		return -1
	}
	for k := d.paraTok[p-1]; k < d.paraTok[p]; k++ {
		if d.toks[k].kind == tokQuote {
			return -1 // a paragraph of narration only
		}
		if w := d.info(k).lower; d.toks[k].kind == tokWord && (w == "me" || w == "i") {
			return d.index.narrator
		}
	}
	return -1
}

// namedJustBefore returns the person that pronoun mi, the subject of
// quotation q's cue, stands for when the narration of q's paragraph names
// them right before q (in q's sentence or the one before, nearName); -1
// when q opens its paragraph, where the conversation decides.
func (d *document) namedJustBefore(q, mi int) int {
	m := d.mentions[mi]
	if !d.usesSalience(m) || d.quoteTok[q] == d.paraTok[d.quotePara[q]] {
		return -1
	}
	d.readTo(mi)
	return d.nearName(m, mi, d.vocativeIn(q))
}

// narrationSubject returns the person that pronoun m, the subject of the
// cue of quotation q, stands for when q opens its paragraph right after a
// paragraph of narration whose every "he" or "she" of m's gender in
// subject position is that one person, who is also the last one of that
// gender it mentions ("The doctor explained that he had seen the
// captain's name, and he had no doubt. ¶ "…," said he."): a name the
// narration mentions on the side is not the one the paragraph follows.
// It returns -1 otherwise.
func (d *document) narrationSubject(q int, m mention) int {
	p := d.quotePara[q]
	if !m.thirdSingular() || p == 0 || d.quoteTok[q] != d.paraTok[p] {
		return -1
	}
	found, last := -1, -1
	if !d.eachNarrationMention(d.paraTok[p-1], d.paraTok[p], func(mi int) bool {
		x := d.mentions[mi]
		if !d.sameSort(m, x) {
			return true
		}
		last = mi
		if x.kind != MentionPronoun || !x.subject {
			return true
		}
		e := d.resolve(mi)
		if e < 0 || d.entities[e].kind != Person || found >= 0 && e != found {
			return false
		}
		found = e
		return true
	}) {
		return -1 // a paragraph of narration only, naming one person
	}
	if found < 0 || !d.mentions[last].subject || d.resolve(last) != found || !d.fits(m, found) {
		return -1
	}
	return found
}

// sameSort reports whether mention x may be one person of pronoun m's
// gender: "he" or "him" for "he", a name or description of a person not
// known to be of the other gender.
func (d *document) sameSort(m, x mention) bool {
	if x.plural || x.place || x.collective() {
		return false
	}
	if x.kind == MentionPronoun {
		return x.person == 3 && x.gender == m.gender
	}
	return x.gender == GenderUnknown || x.gender == m.gender
}

// narrationOnly reports whether no line of speech comes between
// quotations a and b: only narration, not an unattributed story.
func (d *document) narrationOnly(a, b int) bool {
	for q := a + 1; q < b; q++ {
		if d.spokenLine(q) {
			return false
		}
	}
	return true
}

// sceneGap is how many paragraphs of narration past the last line of
// speech make a new scene, whose listener the narration decides.
const sceneGap = 3
