package speaker

// citedBeforeColon returns the person a clause ending in a colon names as
// the one it quotes ("To quote my colleague Dana Whitfield:", "In the
// words of Senator Ann Lee:"), the clause running over tokens [lo, end),
// or -1. The name must end the clause, after the opening words and at
// most a determiner and the words of a role.
func (d *document) citedBeforeColon(lo, end int) int {
	k := lo
	for _, w := range citingOpeners {
		if k+len(w) <= end && d.wordsAt(d.toks[:end], k, w) {
			k += len(w)
			break
		}
	}
	if k == lo {
		return -1
	}
	if k < end && d.toks[k].kind == tokWord && d.is(k, wDeterminer) {
		k++ // "my colleague", "the senator"
	}
	m := d.nameAfterModifiers(k, end)
	if m < 0 || d.mentions[m].tok1 != end {
		return -1
	}
	return m
}

// citingOpeners open a clause that names whom the text goes on to quote.
var citingOpeners = [][]string{{"to", "quote"}, {"in", "the", "words", "of"}, {"quoting"}}
