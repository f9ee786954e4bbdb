package speaker

import "strings"

// keepDescribedNames gives the other lines of a description of kin that
// one of its appearances has shown to be a named person
// (nameDescribedSpeakers) to that person too: the text goes on calling
// her "my cousin's wife" after the reader has learned her name, whereas
// "the young man" may be the next young man. A description shown to be
// two people keeps its lines, and so does a line that calls the person,
// names her, or answers her in a conversation. before holds each
// quotation's speaker before the appearances were named.
func (d *document) keepDescribedNames(before []int) {
	alias := map[int]int{}
	for q, e := range before {
		n := d.attr[q].Speaker
		if e < 0 || n == e || d.entities[e].proper || !describesKin(d.entities[e].name) {
			continue
		}
		if a, ok := alias[e]; ok && a != n {
			n = -1
		}
		alias[e] = n
	}
	for q := range d.attr {
		e := d.attr[q].Speaker
		if e < 0 || d.entities[e].proper {
			continue
		}
		n, ok := alias[e]
		if !ok || n < 0 || d.vocativeIn(q) == n || d.saysName(q, n) || d.answers(q, n) {
			continue
		}
		d.setSpeaker(q, n, RuleDescribedName, d.attr[q].Confidence*confDescribedName)
	}
}

// answers reports whether quotation q and a line of person n given by a
// cue follow each other in successive paragraphs: two speakers in
// conversation.
func (d *document) answers(q, n int) bool {
	for _, r := range []int{q - 1, q + 1} {
		if r < 0 || r >= len(d.quotes) || d.quoteTok[r] < 0 || d.attr[r].Speaker != n || d.attrMent[r] < 0 {
			continue
		}
		if p := d.quotePara[r] - d.quotePara[q]; p == 1 || p == -1 {
			return true
		}
	}
	return false
}

// describesKin reports a description of kin ("my cousin's wife").
func describesKin(name string) bool {
	return siblingNouns[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
}
