package speaker

import (
	"slices"
	"strings"
)

// findMentions finds the mentions of every paragraph and indexes them by
// token.
func (d *document) findMentions() {
	f := mentionFinder{d: d, toks: d.toks, out: d.mentions[:0]}
	for p := range d.paras {
		if !d.isHeading(p) {
			f.find(d.paraTok[p], d.paraTok[p+1])
		}
	}
	d.mentions = f.out
	d.mentionAt = sized(d.mentionAt, len(d.toks), -1)
	d.mentionIn = sized(d.mentionIn, len(d.toks), -1)
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
	res := Result{Entities: make([]Entity, 0, len(order)), Attributions: d.attr, Kinds: d.kinds, Genre: d.genre}
	for _, e := range order {
		newID[e] = len(res.Entities)
		res.Entities = append(res.Entities, d.publicEntity(e, newID[e]))
	}
	for i := range res.Attributions {
		a := &res.Attributions[i]
		if d.setBy[i] != RuleNone {
			a.Rule = d.setBy[i]
		}
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
	out := Entity{ID: id, Name: x.nameBy(d.genre == GenreFiction), Kind: x.kind, Gender: x.gender}
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

// isHeading reports a paragraph that is a title or a heading rather than
// prose ("Chapter VI / The Inspector Pays a Visit"): at most
// twelve words besides its quotations, most of them capitalised, and no
// sentence punctuation at its end.
func (d *document) isHeading(p int) bool {
	lo, hi := d.paraTok[p], d.paraTok[p+1]
	if hi == lo || hi-lo > 80 {
		return false
	}
	if d.allShouted(lo, hi) {
		return true
	}
	if hi-lo > 24 {
		return false
	}
	words, upper := 0, 0
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokWord {
			words++
			if t.upper {
				upper++
			}
		}
	}
	if end := d.beforeCredit(lo, hi); d.toks[end-1].kind == tokQuote || d.opensWithSpeech(lo) {
		return false // "Sanders: “…”" is speech, not a heading, credited or not ("… [Blog.]")
	}
	last := d.word(d.toks[hi-1])
	if last == "." || last == "!" || last == "?" || last == ":" || last == ";" || last == "," {
		return false
	}
	return words >= 4 && words <= 12 && upper*2 > words || words > 0 && words < 4 && upper == words && !d.hasQuote(lo, hi)
}

// allShouted reports tokens [lo, hi) whose words are all in capitals, as
// in "CHAPTER I" or "IN WHICH WE MEET THE BADGER".
func (d *document) allShouted(lo, hi int) bool {
	words := 0
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokQuote {
			return false
		}
		if t.kind != tokWord {
			continue
		}
		words++
		if strings.ToUpper(d.word(t)) != d.word(t) {
			return false
		}
	}
	return words > 0
}

// mentionOpening returns the mention covering token k (mentionIn) when
// it opens there, or -1.
func (d *document) mentionOpening(k int) int {
	if mi := d.mentionIn[k]; mi >= 0 && d.mentions[mi].tok0 == k {
		return mi
	}
	return -1
}

// hasQuote reports a quotation among tokens [lo, hi).
func (d *document) hasQuote(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokQuote {
			return true
		}
	}
	return false
}
