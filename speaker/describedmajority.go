package speaker

import "strings"

// majorityShare is how many lines of a definite description must have
// gone to one named person, and how many times the lines of all other
// named people together, for its remaining lines to go to that person too.
const majorityShare = 3

// keepDescribedMajority gives the stray lines of a definite description
// ("said the young man") to the named person most of its lines were
// found to be: a novel that keeps calling its hero "the young man" means
// him in the line whose description was matched to another man nearby,
// or to nobody. It needs majorityShare lines for that person and
// majorityShare times as many as for all others together. A line that
// calls the person, names him, or answers him keeps its speaker.
func (d *document) keepDescribedMajority() {
	keys := make([]string, len(d.attr))
	counts := map[string]map[int]int{}
	for q := range d.attr {
		keys[q] = d.describedKey(q)
		n := d.attr[q].Speaker
		if keys[q] == "" || n < 0 || !d.entities[n].proper {
			continue
		}
		if counts[keys[q]] == nil {
			counts[keys[q]] = map[int]int{}
		}
		counts[keys[q]][n]++
	}
	for q, k := range keys {
		if k == "" || counts[k] == nil {
			continue
		}
		n, s := majorityOf(counts[k]), d.attr[q].Speaker
		if n < 0 || s == n || d.vocativeIn(q) == n || d.saysName(q, n) || d.answers(q, n) {
			continue
		}
		d.setSpeaker(q, n, RuleDescribedMajority, d.attr[q].Confidence*confDescribedMajority)
	}
}

// describedKey returns the definite description ("the young man") that
// quotation q's speaker was found through, or "": the cue's own
// description, or the description that is still the speaker's name.
func (d *document) describedKey(q int) string {
	if mi := d.attrMent[q]; mi >= 0 && d.mentions[mi].kind == MentionNominal {
		if k := descriptionName(d.mentions[mi].Span.Text(d.text)); strings.HasPrefix(k, "the ") {
			return k
		}
	}
	if e := d.attr[q].Speaker; e >= 0 && !d.entities[e].proper && strings.HasPrefix(d.entities[e].name, "the ") {
		return d.entities[e].name
	}
	return ""
}

// majorityOf returns the person of counts with majorityShare lines and
// majorityShare times the lines of all others together, or -1.
func majorityOf(counts map[int]int) int {
	best, total := -1, 0
	for n, c := range counts {
		total += c
		if best < 0 || c > counts[best] || c == counts[best] && n < best {
			best = n
		}
	}
	if best < 0 || counts[best] < majorityShare || counts[best] < majorityShare*(total-counts[best]) {
		return -1
	}
	return best
}
