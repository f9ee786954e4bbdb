package speaker

// progressiveSubject returns the subject of a gerund cue at token k that
// is the verb of a progressive form ("Tom was saying", "she is still
// telling"): the person mention that ends right before the form of "be",
// past at most one adverb, within tokens [lo, k); -1 otherwise. A gerund
// after "be" is the clause's own verb, not a phrase hung on another
// clause whose subject it would take.
func (d *document) progressiveSubject(k, lo int) int {
	b := k - 1
	if b > lo && !d.isBeForm(b) && d.isFiller(b) {
		b-- // "was still saying"
	}
	if b <= lo || !d.isBeForm(b) {
		return -1
	}
	m := d.mentionEndingAt(b - 1)
	if m < 0 || d.mentions[m].tok0 < lo || !d.canSpeak(m) {
		return -1
	}
	return m
}

// isBeForm reports a finite form of "be" at token k.
func (d *document) isBeForm(k int) bool {
	if d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "was", "were", "is", "are", "am":
		return true
	}
	return false
}
