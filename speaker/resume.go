package speaker

// vocativeReach is how many paragraphs of narration may stand between the
// last line of a conversation and a line that names whom it addresses
// for that line still to belong to the conversation.
const vocativeReach = 2

// addressingSpeaker returns the speaker of a line of fiction that names
// whom it addresses ("Don't, Jo.") when nothing else decides it, shortly
// after the last line of the conversation with only narration between:
// the last speaker, or the one before when the last is the one
// addressed. It returns -1 otherwise.
func (d *document) addressingSpeaker(q int, g *dialogue) int {
	v := d.vocativeIn(q)
	if v < 0 || g.last < 0 || g.lastQuote < 0 {
		return -1
	}
	if d.quotePara[q]-d.quotePara[g.lastQuote] > vocativeReach+1 || !d.narrationOnly(g.lastQuote, q) {
		return -1
	}
	if g.last != v {
		return g.last
	}
	return g.prev
}

// answeringAddressee returns the one addressed by name in the line of
// speech right before quotation q, with at most vocativeReach paragraphs
// of narration between, when that line was left without a speaker ("“It is I, Tom.” ¶ “…”"): the one
// addressed answers. It returns -1 otherwise, or when q names the same
// person.
func (d *document) answeringAddressee(q int) int {
	prev := q - 1
	for prev >= 0 && !d.spokenLine(prev) {
		prev--
	}
	if prev < 0 || d.attr[prev].Speaker >= 0 || d.quotePara[q]-d.quotePara[prev] > vocativeReach+1 {
		return -1
	}
	v := d.vocativeIn(prev)
	if v < 0 || v == d.vocativeIn(q) || d.entities[v].kind != Person {
		return -1
	}
	return v
}

// resumedTurn returns the participant whose turn it would be when
// quotation q, which nothing else attributes, follows the last line of a
// two-person conversation after at most vocativeReach paragraphs of
// narration: with no sign that anyone else has come in, the pair goes on
// talking. It returns -1 otherwise.
func (d *document) resumedTurn(q int, g *dialogue) int {
	if g.last < 0 || g.prev < 0 || g.lastQuote < 0 {
		return -1
	}
	if d.quotePara[q]-d.quotePara[g.lastQuote] > vocativeReach+1 || !d.narrationOnly(g.lastQuote, q) {
		return -1
	}
	if v := d.vocativeIn(q); v == g.prev {
		return g.last
	}
	return g.prev
}
