package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// collectNamedStops finds the words of the stop-name list (exclamations
// such as "Pshaw", sentence openers) that this text uses as a name: the
// subject of an inverted speech verb right after a quotation ("…," said
// Pshaw, "…"). No exclamation stands there, so in this text the word is
// somebody's name.
func (d *document) collectNamedStops() {
	clear(d.namedStops)
	for k := 2; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tokWord || !t.upper || !lexicon.IsStopName(d.word(t)) {
			continue
		}
		if _, ok := lexicon.LookupPronoun(d.word(t)); ok || !d.invertedSubject(k) {
			continue
		}
		if d.namedStops == nil {
			d.namedStops = map[string]bool{}
		}
		d.namedStops[strings.ToLower(d.word(t))] = true
	}
}

// invertedSubject reports a word k that follows a quotation and a
// lower-case speech verb and ends its clause: `"…," said X.`
func (d *document) invertedSubject(k int) bool {
	v, q := d.toks[k-1], d.toks[k-2]
	if v.kind != tokWord || v.upper || v.sent != d.toks[k].sent || q.kind != tokQuote && q.kind != tokPunct {
		return false
	}
	if _, ok := lexicon.CueVerbs()[d.word(v)]; !ok || q.kind == tokPunct && d.word(q) != "," {
		return false
	}
	if k+1 >= len(d.toks) || d.paraOf(k+1) != d.paraOf(k) {
		return true
	}
	next := d.toks[k+1]
	return next.kind == tokQuote || next.kind == tokPunct && strings.ContainsAny(d.word(next), ",.;!?")
}

// isStopName reports a word that is never part of a name in this text.
func (d *document) isStopName(w string) bool {
	return lexicon.IsStopName(w) && (len(d.namedStops) == 0 || !d.namedStops[strings.ToLower(w)])
}
