package speaker

// An interview or explainer set out as questions and answers labels each
// paragraph "Q:" or "A:". The letter names no one: the question is the
// writer's or a reader's, and the answer's speaker is told in its own
// words.

// qaLabel reports a name mention that is only the letter "Q" or "A"
// opening its paragraph before a colon: a question-and-answer label, not
// a speaker.
func (d *document) qaLabel(mi int) bool {
	m := d.mentions[mi]
	if m.kind != MentionName || m.tok1 != m.tok0+1 || m.tok1 >= len(d.toks) {
		return false
	}
	if w := d.word(d.toks[m.tok0]); w != "Q" && w != "A" {
		return false
	}
	lo, _ := d.paraBounds(m.tok0)
	return m.tok0 == lo && d.word(d.toks[m.tok1]) == ":"
}
