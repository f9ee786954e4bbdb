package speaker

import "slices"

// findMentions finds the mentions of every paragraph and indexes them by
// token.
func (d *document) findMentions() {
	f := mentionFinder{d: d, toks: d.toks}
	for p := range d.paras {
		f.find(d.paraTok[p], d.paraTok[p+1])
	}
	d.mentions = f.out
	d.mentionAt = make([]int, len(d.toks))
	d.mentionIn = make([]int, len(d.toks))
	for i := range d.mentionAt {
		d.mentionAt[i], d.mentionIn[i] = -1, -1
	}
	for i, m := range d.mentions {
		if d.mentionAt[m.tok0] < 0 {
			d.mentionAt[m.tok0] = i
		}
		for k := m.tok0; k < m.tok1; k++ {
			d.mentionIn[k] = i
		}
	}
}

// result builds the public Result: only entities that speak or are
// spoken to are reported, renumbered in order of first mention.
func (d *document) result() Result {
	used := make([]bool, len(d.entities))
	for _, a := range d.attr {
		if a.Speaker >= 0 {
			used[a.Speaker] = true
		}
		if a.Addressee >= 0 {
			used[a.Addressee] = true
		}
	}
	order := d.entityOrder(used)
	newID := make([]int, len(d.entities))
	for i := range newID {
		newID[i] = -1
	}
	res := Result{Entities: make([]Entity, 0, len(order)), Attributions: d.attr}
	for _, e := range order {
		newID[e] = len(res.Entities)
		res.Entities = append(res.Entities, d.publicEntity(e, newID[e]))
	}
	for i := range res.Attributions {
		a := &res.Attributions[i]
		if a.Speaker >= 0 {
			a.Speaker = newID[a.Speaker]
		}
		if a.Addressee >= 0 {
			a.Addressee = newID[a.Addressee]
		}
	}
	return res
}

// entityOrder lists the used entities in order of first mention.
func (d *document) entityOrder(used []bool) []int {
	var order []int
	seen := make([]bool, len(d.entities))
	for _, m := range d.mentions {
		if m.entity >= 0 && used[m.entity] && !seen[m.entity] {
			seen[m.entity] = true
			order = append(order, m.entity)
		}
	}
	for e := range d.entities {
		if used[e] && !seen[e] {
			order = append(order, e)
		}
	}
	return order
}

// publicEntity converts entity e with its mentions sorted by position.
func (d *document) publicEntity(e, id int) Entity {
	x := d.entities[e]
	out := Entity{ID: id, Name: x.name, Kind: x.kind, Gender: x.gender}
	for _, mi := range d.sortedMentions(x.mentions) {
		out.Mentions = append(out.Mentions, Mention{Span: d.mentions[mi].Span, Kind: d.mentions[mi].kind})
	}
	return out
}

// sortedMentions returns mention indices in text order without repeats.
func (d *document) sortedMentions(ms []int) []int {
	out := slices.Clone(ms)
	slices.Sort(out)
	return slices.Compact(out)
}
