package speaker

// narratorReach is how many quotations before or after a call the
// narrator must speak for the call to count as addressed to them.
const narratorReach = 2

// calledNarrator reports quotation q, spoken by someone other than the
// narrator n, addressing by name a person who never speaks and whom the
// narration never names, while the narrator speaks within narratorReach
// quotations of it: a narrator who says "I" is never named by their own
// narration, so the name their companion calls them by is theirs
// ("“Edmund,” he said at last, “…”" near the narrator's lines). spoke
// tells, per entity, whether some quotation is attributed to it.
func (d *document) calledNarrator(q, n int, spoke []bool) bool {
	v := d.attr[q].Addressee
	if v < 0 || v == n || d.attr[q].Speaker < 0 || !d.unnamedInNarration(v) || spoke[v] {
		return false
	}
	for r := max(0, q-narratorReach); r < len(d.attr) && r <= q+narratorReach; r++ {
		if d.attr[r].Speaker == n {
			return true
		}
	}
	return false
}

// unnamedInNarration reports an entity with no mention in the narration:
// one known only from the quotations that call it.
func (d *document) unnamedInNarration(e int) bool {
	return len(d.entities[e].mentions) == 0
}

// speakers tells, per entity, whether some quotation is attributed to it.
func (d *document) speakers() []bool {
	spoke := make([]bool, len(d.entities))
	for _, a := range d.attr {
		if a.Speaker >= 0 {
			spoke[a.Speaker] = true
		}
	}
	return spoke
}
