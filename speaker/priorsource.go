package speaker

// News introduces a source in one sentence and quotes them in the next:
//
//	A neighbour, who asked not to be named, said she had seen teenagers
//	there. "They go in through the back fence," she said.
//
// The "she" of the cue is the source who spoke in the sentence before, in
// the same paragraph, even when their sex was never given and a woman of
// known sex was named paragraphs earlier.

// maxSourceToks bounds the sentences priorSource reads, keeping it linear.
const maxSourceToks = 120

// priorSource returns, in news, the entity that pronoun mention mi, the
// subject of a speech verb, refers to as the subject of the speech verb
// of the sentence before it in its paragraph, or the person's name that
// opens that sentence: a person of unknown sex, with no person of the
// pronoun's sex named beside them. It returns -1
// when the pattern does not hold, leaving the usual antecedent search.
func (d *document) priorSource(mi int) int {
	m := d.mentions[mi]
	if d.genre != GenreNews || m.kind != MentionPronoun || m.person != 3 || m.plural || !m.subject ||
		m.gender == GenderUnknown || !d.beforeCueVerb(m.tok1) {
		return -1
	}
	start := d.sentenceStart(m.tok0, max(0, m.tok0-maxSourceToks))
	if start == 0 || m.tok0-start >= maxSourceToks || d.paraOf(start-1) != d.paraOf(m.tok0) || d.personBetween(start, m.tok0) {
		return -1
	}
	lo := d.sentenceStart(start-1, max(0, start-1-maxSourceToks))
	if start-lo >= maxSourceToks {
		return -1 // a sentence this long introduces no one plainly
	}
	s := d.firstCueSubject(lo, start)
	if s < 0 {
		s = d.openingPersonName(lo) // "Regular X, 81, has drunk there for sixty years."
	}
	if s < 0 || d.mentions[s].kind == MentionPronoun {
		return -1
	}
	e := d.mentions[s].entity
	if e < 0 || d.entities[e].gender != GenderUnknown || d.entities[e].kind != Person || d.entities[e].place {
		return -1
	}
	if d.genderNamedIn(lo, start, m.gender, e) {
		return -1
	}
	return e
}

// beforeCueVerb reports a speech verb at token k, past up to two fillers
// ("she said", "she later told").
func (d *document) beforeCueVerb(k int) bool {
	for n := 0; n < 2 && k < len(d.toks) && d.isFiller(k); n++ {
		k++
	}
	return k < len(d.toks) && d.cueAt[k] >= 0 && !d.cues[d.cueAt[k]].gerund
}

// personBetween reports a mention other than a pronoun in tokens [lo, hi).
func (d *document) personBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m := d.mentionIn[k]; m >= 0 && d.mentions[m].kind != MentionPronoun {
			return true
		}
	}
	return false
}

// firstCueSubject returns the subject of the first speech verb in tokens
// [lo, hi), or -1.
func (d *document) firstCueSubject(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if ci := d.cueAt[k]; ci >= 0 && !d.cues[ci].gerund && !d.cues[ci].according {
			return d.subjectOf(ci, lo, hi)
		}
	}
	return -1
}

// genderNamedIn reports a mention in tokens [lo, hi), other than a
// pronoun or one of entity e, whose entity has gender g.
func (d *document) genderNamedIn(lo, hi int, g Gender, e int) bool {
	for k := lo; k < hi; k++ {
		m := d.mentionIn[k]
		if m < 0 || d.mentions[m].tok0 != k || d.mentions[m].kind == MentionPronoun {
			continue
		}
		if x := d.mentions[m].entity; x >= 0 && x != e && d.entities[x].gender == g {
			return true
		}
	}
	return false
}

// openingPersonName returns the name of a person, given name and surname,
// that opens the sentence starting at token lo, or -1.
func (d *document) openingPersonName(lo int) int {
	m := d.mentionIn[lo]
	if m < 0 || d.mentions[m].tok0 != lo || d.mentions[m].kind != MentionName || d.mentions[m].ekind != Person ||
		d.mentions[m].place {
		return -1
	}
	return m
}
