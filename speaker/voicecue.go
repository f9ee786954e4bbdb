package speaker

import "github.com/quoteattr/quoteattr/quote"

// A line of fiction can be given to something heard or glimpsed before the
// narration knows who it is: "“Who goes there?” called a voice from the
// hedge", "said the face at the window", "somebody shouted". Such a cue
// names no one; the speaker is the person the exchange names next.

// voiceNouns are the nouns of a cue subject that stands for a speaker not
// yet seen or named.
var voiceNouns = map[string]bool{"voice": true, "face": true, "figure": true, "shape": true}

// voiceGenders are possessives and adjectives that give a disembodied
// voice a sex ("a woman's voice").
var voiceGenders = map[string]Gender{
	"man's": Male, "man’s": Male, "boy's": Male, "boy’s": Male, "male": Male,
	"woman's": Female, "woman’s": Female, "girl's": Female, "girl’s": Female,
	"lady's": Female, "lady’s": Female, "female": Female,
}

// voiceDeterminers open the description of a disembodied speaker.
var voiceDeterminers = map[string]bool{"a": true, "an": true, "the": true, "another": true, "one": true, "some": true}

// voiceTurns is how many of its own turns a voice's side of the exchange
// is followed to find the name it goes by.
const voiceTurns = 3

// nameVoices gives each paragraph whose opening line is spoken by a
// disembodied voice to the person the exchange reveals: the one the reply
// calls by name ("“It is only me, Abel.”"), or else the next turn of the
// same side of the alternation that a named cue attributes.
func (d *document) nameVoices() {
	first := d.openingLines()
	for p, q := range first {
		if q < 0 {
			continue
		}
		g, ok := d.voiceCue(q)
		if !ok {
			continue
		}
		e := d.voiceOwner(q)
		if e < 0 {
			e = d.revealedVoice(first, p, g)
		}
		if e < 0 {
			continue
		}
		for s := p; s < len(first) && s <= p+2*voiceTurns && first[s] >= 0; s += 2 {
			if s > p && !d.voiceOrBare(first[s]) {
				break
			}
			d.giveParagraph(s, first[s], e)
		}
	}
}

// openingLines returns, for each paragraph, the top-level quotation that
// opens it, or -1.
func (d *document) openingLines() []int {
	first := make([]int, len(d.paras))
	for p := range first {
		first[p] = -1
	}
	for q := range d.quotes {
		if p := d.quotePara[q]; p >= 0 && d.kinds[q] != quote.Term && d.quoteTok[q] == d.paraTok[p] && first[p] < 0 {
			first[p] = q
		}
	}
	return first
}

// voiceCue reports whether the cue right after (or right before the verb
// after) quotation q has a disembodied subject, and that subject's gender.
func (d *document) voiceCue(q int) (Gender, bool) {
	k := d.quoteTok[q] + 1
	end := d.paraTok[d.quotePara[q]+1]
	for k < end && d.toks[k].kind == tokPunct {
		k++
	}
	if k >= end || d.toks[k].kind != tokWord {
		return GenderUnknown, false
	}
	if d.cueAt[k] >= 0 {
		return d.voiceSubject(d.cues[d.cueAt[k]].tok1, end)
	}
	g, next, ok := d.voicePhrase(k, end)
	if ok && next < end && d.cueAt[next] >= 0 {
		return g, true
	}
	return GenderUnknown, false
}

// voiceSubject reports whether the tokens from k are a disembodied subject
// standing after its verb ("… said a hoarse voice").
func (d *document) voiceSubject(k, end int) (Gender, bool) {
	g, _, ok := d.voicePhrase(k, end)
	return g, ok
}

// voicePhrase matches "someone", "somebody" or a determiner, at most three
// modifiers and a voice noun ("the voice", "a girl's clear voice") at
// token k, and returns its gender and the token after it. "The voice of
// the miller" names its owner and does not match.
func (d *document) voicePhrase(k, end int) (Gender, int, bool) {
	if k >= end || d.toks[k].kind != tokWord {
		return GenderUnknown, k, false
	}
	w := d.info(k).lower
	if w == "someone" || w == "somebody" {
		return GenderUnknown, k + 1, true
	}
	if !voiceDeterminers[w] {
		return GenderUnknown, k, false
	}
	g := GenderUnknown
	for j := k + 1; j < end && j <= k+4 && d.toks[j].kind == tokWord; j++ {
		lw := d.info(j).lower
		if voiceNouns[lw] {
			if j+1 < end && d.toks[j+1].kind == tokWord && d.info(j+1).lower == "of" {
				return GenderUnknown, k, false
			}
			return g, j + 1, true
		}
		if d.toks[j].upper || d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].kind == MentionName {
			return GenderUnknown, k, false
		}
		if vg, ok := voiceGenders[lw]; ok {
			g = vg
		}
	}
	return GenderUnknown, k, false
}

// ownerReach is how many words after a voice's line the narration may
// take to say whose voice it was.
const ownerReach = 16

// voiceOwner returns the person the sentence of a voice's line q says the
// voice belonged to ("…,' replied a voice, which she knew to be that of
// Mrs. Fenwick"), or -1.
func (d *document) voiceOwner(q int) int {
	k := d.quoteTok[q] + 1
	end := min(d.paraTok[d.quotePara[q]+1], k+ownerReach)
	for j := k; j+2 < end && d.toks[j].kind != tokQuote; j++ {
		if d.toks[j].kind != tokWord || d.info(j).lower != "that" || d.toks[j+1].kind != tokWord || d.info(j+1).lower != "of" {
			continue
		}
		mi := d.mentionAt[j+2]
		if mi < 0 || d.mentions[mi].kind != MentionName {
			return -1
		}
		if e := d.mentions[mi].entity; e >= 0 && d.entities[e].kind != Organization && d.entities[e].kind != Group {
			return e
		}
		return -1
	}
	return -1
}

// revealedVoice returns the person that the exchange after paragraph p
// reveals as the voice of its opening line, or -1: the one the next
// paragraph's reply calls by name, or the speaker named by the cue of the
// same side's next turn that is not itself a voice or bare. The person
// must agree with the voice's gender and not be the one it talks to.
func (d *document) revealedVoice(first []int, p int, g Gender) int {
	if p+1 >= len(first) || first[p+1] < 0 {
		return -1
	}
	other := d.attr[first[p+1]].Speaker
	e := d.voiceCalled(first[p], first[p+1])
	for s := p + 2; e < 0 && s < len(first) && s <= p+2*voiceTurns; s += 2 {
		if first[s] < 0 || first[s-1] < 0 {
			return -1
		}
		if d.voiceOrBare(first[s]) {
			continue
		}
		e = d.namedCueSpeaker(first[s])
		if e < 0 {
			return -1
		}
	}
	if e < 0 || e == other || !mayBePerson(d.entities[e].kind) {
		return -1
	}
	if g != GenderUnknown && d.entities[e].gender != GenderUnknown && d.entities[e].gender != g {
		return -1
	}
	return e
}

// voiceCalled returns the person the reply r calls by name right after
// the voice's line q, or -1. A voice is answered by whoever recognised
// it, so a name known only from being called ("It is only me, Abel.")
// will do.
func (d *document) voiceCalled(q, r int) int {
	if d.quotePara[r] != d.quotePara[q]+1 {
		return -1
	}
	if v := d.replyCalls(q, r); v >= 0 && v != d.attr[r].Speaker {
		return v
	}
	return -1
}

// voiceOrBare reports whether line q is spoken by a disembodied voice or
// carries no cue of its own.
func (d *document) voiceOrBare(q int) bool {
	if _, ok := d.voiceCue(q); ok {
		return true
	}
	switch d.attr[q].Rule {
	case RuleNone, RuleConversation, RuleContinuation:
		return true
	}
	return false
}

// namedCueSpeaker returns the speaker of line q when a cue gives it by
// name ("shouted Mr. Garrow"), or -1.
func (d *document) namedCueSpeaker(q int) int {
	a := d.attr[q]
	if a.Rule != RuleCueAdjacent && a.Rule != RuleCueSentence {
		return -1
	}
	if mi := d.attrMent[q]; mi < 0 || d.mentions[mi].kind != MentionName {
		return -1
	}
	return a.Speaker
}

// giveParagraph gives every line of paragraph p, whose opening line is
// q0, to entity e.
func (d *document) giveParagraph(p, q0, e int) {
	for q := q0; q < len(d.quotes) && d.quotePara[q] <= p; q++ {
		if d.quotePara[q] != p || d.kinds[q] == quote.Term {
			continue
		}
		a := &d.attr[q]
		a.Rule, a.Mention = RuleConversation, Span{} // a line with no cue of its own
		d.attrMent[q] = -1
		d.setSpeaker(q, e, RuleVoice, confVoice)
	}
}
