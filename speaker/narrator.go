package speaker

import (
	"slices"
	"strings"
)

// nameNarrator gives the first-person narrator the name the other
// characters call them by: the name used in address ("Perhaps you are
// right, Watson") in at least two quotations spoken to the narrator
// (calledNarrator counts a call near the narrator's lines too; a call
// the narrator answers with "I said" counts twice, see callWeight), and
// twice as often as any other name. When a character of that name
// exists, the narrator's quotations go to that character.
func (d *document) nameNarrator() {
	n := d.narratorEntity()
	if n < 0 {
		return
	}
	counts := map[string]int{}
	var order []string
	spoke := d.speakers()
	for q, a := range d.attr {
		if a.Speaker == n || a.Addressee != n && !d.nearNarrator(q, n) && !d.calledNarrator(q, n, spoke) {
			continue
		}
		d.eachVocative(q, func(toks []token, i, end int) bool {
			keys, _ := d.vocativeKeys(toks, i, end)
			if len(keys) == 0 {
				return true
			}
			name := strings.Join(strings.Fields(d.text[toks[i].Start:toks[end-1].End]), " ")
			k := strings.Join(keys, " ")
			if counts[k] == 0 {
				order = append(order, k+"\t"+name)
			}
			counts[k] += d.callWeight(q, n, spoke, toks, i)
			return false
		})
	}
	best, bestName, second := "", "", 0
	for _, o := range order {
		k, name, _ := strings.Cut(o, "\t")
		switch {
		case counts[k] > counts[best]:
			second = counts[best]
			best, bestName = k, name
		case counts[k] > second:
			second = counts[k]
		}
	}
	if counts[best] < 2 || counts[best] < 2*second {
		return
	}
	d.renameNarrator(n, strings.Fields(best), bestName)
}

// narratorEntity returns the narrator entity, or -1.
func (d *document) narratorEntity() int {
	return d.index.narrator
}

// renameNarrator merges the narrator into the character called by keys,
// or names the narrator so when there is none.
func (d *document) renameNarrator(n int, keys []string, name string) {
	for _, e := range d.index.holding(keys) {
		x := &d.entities[e]
		if e != n && x.proper && x.kind != Organization && subset(keys, x.keys) {
			d.mergeEntity(n, e)
			return
		}
	}
	x := &d.entities[n]
	x.name, x.keys, x.size = stripTitleWords(name), keys, len(keys)
	d.index.addKeys(n, nil, keys)
}

// mergeEntity moves every mention and attribution of entity from to into.
func (d *document) mergeEntity(from, into int) {
	for i := range d.mentions {
		if d.mentions[i].entity == from {
			d.mentions[i].entity = into
		}
	}
	x := &d.entities[into]
	x.mentions = slices.Concat(x.mentions, d.entities[from].mentions)
	d.entities[from].mentions = nil
	for i := range d.attr {
		if d.attr[i].Speaker == from {
			d.attr[i].Speaker = into
		}
		if d.attr[i].Addressee == from {
			d.attr[i].Addressee = into
		}
	}
}

// stripTitleWords removes leading titles from a name as written ("Dr.
// Watson" gives "Watson").
func stripTitleWords(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && isTitleWord(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// nearNarrator reports a quotation in the paragraph right before or after
// one of the narrator's.
func (d *document) nearNarrator(q, n int) bool {
	p := d.quotePara[q]
	for _, r := range []int{q - 1, q + 1} {
		if r >= 0 && r < len(d.attr) && d.attr[r].Speaker == n && d.quotePara[r] >= p-1 && d.quotePara[r] <= p+1 {
			return true
		}
	}
	return false
}
