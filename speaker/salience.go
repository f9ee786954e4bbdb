package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// Salience weights of a mention, after Lappin and Leass (1994): every
// mention counts for its recency, more when it is not the object of a
// preposition or a possessive, and more again as the subject of its
// sentence. Weights halve at every sentence of the narration, so that a
// character the narration keeps returning to ("She … she … she") stays
// prominent while one named once in passing fades.
const (
	salRecency     = 100
	salNonOblique  = 50
	salSubject     = 80
	salFloor       = 1   // an entity whose weight falls below this is forgotten
	salMaybe       = 0.6 // the share of its weight a candidate of unknown gender keeps
	salDescription = 0.5 // the share a description ("the old man") gives, next to a name
)

// salience follows how prominent each person is as the narration goes
// on, reading mentions once in text order, and resolves third-person
// pronouns of fiction to the most prominent person who agrees with them.
type salience struct {
	next   int       // the next mention to read
	sent   int       // the sentence of the last mention read, or -1
	weight []float64 // per entity
	credit []float64 // per entity: the largest weight a mention of the current sentence gave it
	active []int     // entities whose weight is above salFloor
}

// reset prepares the tracker for a document, keeping its memory.
func (s *salience) reset() {
	s.next, s.sent = 0, -1
	s.weight = s.weight[:0]
	s.credit = s.credit[:0]
	s.active = s.active[:0]
}

// usesSalience reports a pronoun that fiction resolves by salience: he or
// she (a singular third-person pronoun for a person).
func (d *document) usesSalience(m mention) bool {
	return d.genre == GenreFiction && m.thirdSingular() && m.ekind == Person
}

// readTo reads the mentions before mention mi: each unresolved pronoun
// among them is resolved as it comes, and each mention adds to its
// entity's weight.
func (d *document) readTo(mi int) {
	s := &d.sal
	for ; s.next < mi && s.next < len(d.mentions); s.next++ {
		j := s.next
		m := &d.mentions[j]
		if m.entity < 0 && d.usesSalience(*m) {
			d.bind(j, d.salient(j, -1))
		}
		d.weigh(j)
	}
}

// readBefore reads the mentions that start before token k.
func (d *document) readBefore(k int) {
	mi := d.sal.next
	for mi < len(d.mentions) && d.mentions[mi].tok0 < k {
		mi++
	}
	d.readTo(mi)
}

// weigh adds mention j to the weight of its entity.
func (d *document) weigh(j int) {
	m := d.mentions[j]
	d.sal.enter(m.sentence)
	e := m.entity
	if e < 0 || m.place || !mayBePerson(d.entities[e].kind) || e == d.index.narrator {
		return
	}
	if o := d.ownedWeight(j); o >= 0 {
		e = o // "my companion" is the one it tagged before
	} else if m.kind == MentionNominal && (m.plural || isPossessiveDeterminer(d.word(d.toks[m.tok0])) || d.predicative(m)) {
		return // "her nephew", "was a tall man" stand for someone already in view
	}
	w := d.mentionWeight(j)
	if d.coordinated(j) {
		w *= salDescription // one of a pair ("Clara and Tom") is not "he"
	}
	d.sal.add(e, w)
}

// copulas link a subject to a description of it ("He was an aged man").
var copulas = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"am": true, "became": true, "become": true, "becomes": true, "seemed": true, "seems": true,
	"looked": true, "remained": true, "made": true, "makes": true, "called": true,
}

// predicative reports a description that says what someone already named
// is: after a person and a copula ("he was a tall man") or after an object
// pronoun ("made him the last man"), it introduces nobody new.
func (d *document) predicative(m mention) bool {
	k := m.tok0 - 1
	if k < 0 || d.toks[k].kind != tokWord || d.toks[k].sent != m.sentence {
		return false
	}
	w := strings.ToLower(d.word(d.toks[k]))
	if copulas[w] {
		// "He was an aged man", not "In the doorway was an aged man".
		return k > 0 && d.mentionIn[k-1] >= 0 && d.mentions[d.mentionIn[k-1]].ekind != Organization
	}
	p, ok := lexicon.LookupPronoun(w)
	return ok && p.Case.Has(lexicon.CaseObject)
}

// coordinated reports a mention joined to another by "and" or "or"
// ("Clara and Tom sat"): together they are "they", not "he" or "she".
func (d *document) coordinated(j int) bool {
	m := d.mentions[j]
	if k := m.tok0 - 1; k > 0 && isConjunction(d, k) && d.mentionIn[k-1] >= 0 {
		return true
	}
	k := m.tok1
	return k+1 < len(d.toks) && isConjunction(d, k) && d.mentionAt[k+1] >= 0 && d.toks[k+1].sent == m.sentence
}

// isConjunction reports token k as "and" or "or".
func isConjunction(d *document, k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && (d.word(t) == "and" || d.word(t) == "or")
}

// spokeSalient credits entity e, the speaker of a quotation in sentence sent,
// as a subject of that sentence: whoever just spoke stays in view.
func (d *document) spokeSalient(e, sent int) {
	if e < 0 || e == d.index.narrator || !mayBePerson(d.entities[e].kind) {
		return
	}
	d.sal.enter(sent)
	d.sal.add(e, salRecency+salNonOblique+salSubject)
}

// enter moves the tracker to sentence sent, halving every weight when it
// is a new one.
func (s *salience) enter(sent int) {
	if sent != s.sent {
		s.sent = sent
		s.decay()
	}
}

// add gives entity e weight w in the current sentence; several mentions
// of one person in a sentence count as their best.
func (s *salience) add(e int, w float64) {
	for len(s.weight) <= e {
		s.weight = append(s.weight, 0)
		s.credit = append(s.credit, 0)
	}
	if s.weight[e] < salFloor {
		s.active = append(s.active, e)
		s.credit[e] = 0
	}
	if w > s.credit[e] {
		s.weight[e] += w - s.credit[e]
		s.credit[e] = w
	}
}

// decay halves every weight and forgets the entities that fade out.
func (s *salience) decay() {
	kept := s.active[:0]
	for _, e := range s.active {
		s.weight[e] /= 2
		s.credit[e] = 0
		if s.weight[e] >= salFloor {
			kept = append(kept, e)
		} else {
			s.weight[e] = 0
		}
	}
	s.active = kept
}

// mentionWeight grades mention j by its place in the sentence.
func (d *document) mentionWeight(j int) float64 {
	m := d.mentions[j]
	w := float64(salRecency)
	if d.oblique(m) {
		return w
	}
	w += salNonOblique
	if m.kind == MentionPronoun || d.firstInSentence(j) || d.opensJoinedClause(j) {
		w += salSubject
	}
	if m.kind == MentionNominal {
		w *= salDescription
	}
	return w
}

// prepositions mark a mention that is not a subject or an object of the
// verb ("in front of Hartley", "with her aunt").
var prepositions = map[string]bool{
	"of": true, "to": true, "in": true, "at": true, "with": true, "from": true, "by": true,
	"for": true, "on": true, "upon": true, "into": true, "toward": true, "towards": true,
	"before": true, "behind": true, "after": true, "about": true, "near": true, "beside": true,
	"like": true, "than": true, "among": true, "between": true, "against": true, "without": true,
	"under": true, "over": true, "through": true,
}

// oblique reports a mention governed by a preposition, or a possessive
// ("Hartley's bench").
func (d *document) oblique(m mention) bool {
	if m.kind != MentionPronoun && isPossessive(m.Span.Text(d.text)) {
		return true
	}
	k := m.tok0 - 1
	if k < 0 || d.toks[k].kind != tokWord || d.toks[k].sent != m.sentence {
		return false
	}
	return prepositions[strings.ToLower(d.word(d.toks[k]))] && !d.idiomPreposition(k)
}

// salient returns the person pronoun mi refers to, other than entity
// exclude; the mentions before mi must have been read. A person named in
// the pronoun's sentence or the one before wins; otherwise the most
// prominent person who agrees with it, one whose gender is unknown
// counting for part of their weight. When nobody prominent agrees, the
// pronoun looks back as in news.
func (d *document) salient(mi, exclude int) int {
	m := d.mentions[mi]
	if e := d.nearName(m, mi, exclude); e >= 0 {
		return e
	}
	best, bestW := -1, 0.0
	for _, e := range d.sal.active {
		if e == exclude {
			continue
		}
		w := d.sal.weight[e]
		switch d.agreement(m, d.entities[e]) {
		case agreeNot:
			continue
		case agreeMaybe:
			w *= salMaybe
		}
		if w > bestW || w == bestW && e > best {
			best, bestW = e, w
		}
	}
	if best >= 0 {
		return best
	}
	return d.antecedentOf(m, mi, exclude)
}

// pronounSpeaker resolves pronoun mi, the subject of a speech verb, to
// the speaker it names other than entity exclude (the person the
// quotation addresses): by salience in fiction, else by the nearest
// antecedent.
func (d *document) pronounSpeaker(mi, exclude int) int {
	if !d.usesSalience(d.mentions[mi]) {
		return d.antecedent(mi, exclude)
	}
	d.readTo(mi)
	return d.salient(mi, exclude)
}

// nearName returns the person named in pronoun m's sentence before it, or
// else in the sentence before, who agrees with it exactly and is not
// entity exclude; -1 when there is none. Each sentence is read from its
// start, so its subject comes before a name inside a clause of it; a name
// after a preposition or with "'s" ("invited to Mrs. Dunmore's dinner, and
// then Mrs. Lee rose") counts only when no other name of the sentence
// agrees. A name that close wins over salience.
func (d *document) nearName(m mention, mi, exclude int) int {
	lo := mi
	for lo > 0 && d.mentions[lo-1].sentence >= m.sentence-1 {
		lo--
	}
	for _, sent := range [2]int{m.sentence, m.sentence - 1} {
		fronted := false // a name in a phrase before the subject ("In front of Ned he paused")
		side := -1       // a name after a preposition or with "'s", behind one that is neither
		for j := lo; j < mi; j++ {
			c := d.mentions[j]
			if c.sentence != sent || c.entity < 0 || c.entity == exclude || c.place || d.coordinated(j) {
				continue
			}
			switch {
			case c.kind == MentionNominal && sent < m.sentence && d.describedSubject(j) && d.agreement(m, d.entities[c.entity]) != agreeNot:
				return c.entity // "The child had sharp features. He …"
			case c.kind == MentionNominal && sent < m.sentence && d.namedSubject(j) && d.agreement(m, d.entities[c.entity]) == agreeExactly:
				return c.entity // "The doctor came back. He …", the doctor being Dr. Grey
			case c.kind == MentionName && d.oblique(c) && (sent == m.sentence || !fronted && d.firstInSentence(j)):
				fronted = true
			case c.kind == MentionName && d.agreement(m, d.entities[c.entity]) == agreeExactly:
				if e := d.likePronounBefore(m, lo, j); e >= 0 && e != c.entity && e != exclude {
					return e
				}
				if !d.oblique(c) {
					return c.entity
				}
				if side < 0 {
					side = c.entity
				}
			case fronted && c.kind == MentionPronoun && c.subject && c.gender == m.gender && c.person == 3 && !c.plural:
				return c.entity
			}
		}
		if side >= 0 {
			return side
		}
	}
	return -1
}

// firstInSentence reports a mention that is the first of its sentence
// (when it is the object of a preposition, the phrase stands before the
// subject).
func (d *document) firstInSentence(j int) bool {
	return j == 0 || d.mentions[j-1].sentence != d.mentions[j].sentence
}

// describedSubject reports a description that opens its sentence as its
// subject ("The child, who was small for his years, had …"): one person
// not already named, in view for the next sentence's "he" or "she".
func (d *document) describedSubject(j int) bool {
	m := d.mentions[j]
	if !d.firstInSentence(j) || m.plural || m.ekind != Person {
		return false
	}
	if isPossessiveDeterminer(d.word(d.toks[m.tok0])) || d.predicative(m) || d.oblique(m) {
		return false
	}
	first := d.mentions[d.entities[m.entity].mentions[0]]
	return first.sentence >= m.sentence-2 && d.opensSentence(j)
}

// namedSubject reports a description that opens its sentence as its
// subject and stands for a named character ("The doctor came back.",
// the doctor being the one called Dr. Grey): the person the next
// sentence's "he" or "she" goes on with.
func (d *document) namedSubject(j int) bool {
	m := d.mentions[j]
	if m.plural || m.entity < 0 || !d.entities[m.entity].proper || d.entities[m.entity].kind != Person {
		return false
	}
	if isPossessiveDeterminer(d.word(d.toks[m.tok0])) || d.predicative(m) || d.oblique(m) {
		return false
	}
	return d.opensSentence(j)
}
