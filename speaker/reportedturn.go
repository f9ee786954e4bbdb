package speaker

// reportedTurn returns the last speaker of conversation g when quotation
// q, with no cue, opens its paragraph right after a one-sentence
// paragraph that reports, in indirect speech, what the one that speaker
// addressed said back ("Lotte muttered that the soup was cold."): the
// reported words are the listener's turn, so the line that follows is
// the first speaker's answer, not the listener's. It returns -1
// otherwise.
func (d *document) reportedTurn(q int, g *dialogue) int {
	p := d.quotePara[q]
	if p < 2 || d.quoteTok[q] != d.paraTok[p] || g.last < 0 || g.addressee < 0 || g.addressee == g.last || g.lastPara != p-2 {
		return -1
	}
	lo, hi := d.paraTok[p-1], d.paraTok[p]
	if lo >= hi || d.toks[hi-1].sent != d.toks[lo].sent {
		return -1 // one sentence only
	}
	mi := d.mentionAt[lo]
	if mi < 0 || d.mentions[mi].kind != MentionName || d.resolve(mi) != g.addressee {
		return -1
	}
	v := d.mentions[mi].tok1
	if v+1 >= hi || d.toks[v].kind != tokWord || d.toks[v+1].kind != tokWord || !d.isVerb(d.info(v).lower) || d.info(v+1).lower != "that" {
		return -1
	}
	if d.hasQuote(lo, hi) {
		return -1
	}
	return g.last
}
