package speaker

import "strings"

// answeredByGesture handles a short paragraph of narration between two
// lines of a conversation in which one participant answers without words
// ("Tom nodded.", "She shrugged."): that one has taken the turn, and
// the next line of speech belongs to the other participant. It reports
// whether it applied.
func (d *document) answeredByGesture(p int, g *dialogue) bool {
	if g.last < 0 || g.prev < 0 || g.lastQuote < 0 || d.quotePara[g.lastQuote] != p-1 {
		return false
	}
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	if d.toks[hi-1].sent != d.toks[lo].sent {
		return false // one sentence only
	}
	mi := d.mentionIn[lo]
	if mi < 0 || d.mentions[mi].tok0 != lo {
		return false
	}
	m := d.mentions[mi]
	if m.kind == MentionPronoun && (!m.subject || m.person != 3 || m.plural) || m.plural || m.collective() {
		return false
	}
	e := d.resolve(mi)
	if e < 0 || e != g.last && e != g.prev || !d.gestureAt(m.tok1, hi) {
		return false
	}
	g.answered(e, p)
	return true
}

// gestureAt reports a verb of wordless answer at token k, possibly after
// an adverb ("nodded", "only shrugged"), before hi.
func (d *document) gestureAt(k, hi int) bool {
	if k < hi && d.toks[k].kind == tokWord && (strings.HasSuffix(d.info(k).lower, "ly") || d.info(k).lower == "just") {
		k++
	}
	if k >= hi || d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "nodded", "nods", "shrugged", "shrugs":
		return true
	}
	return false
}
