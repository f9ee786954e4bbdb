package speaker

import "strings"

// chainGap is how many paragraphs may separate two lines of described
// speakers ("said the young lady") for them to belong to one appearance,
// and how far past that appearance the text may name the speaker.
const chainGap = 8

// chainEnd returns the first token past the chainGap paragraphs that
// follow paragraph p, or the end of the text: how far an appearance
// ending in p reaches.
func (d *document) chainEnd(p int) int {
	return d.paraTok[min(p+chainGap+1, len(d.paras))]
}

// nameDescribedSpeakers gives the lines of a character first known by a
// description of what kind of person she is ("said the young lady", "said
// his sister") to the name the text learns for her during that appearance
// ("said Miss Vane"). It holds when the descriptions speaking in the
// appearance share a gender and agree in age, and the only named person
// of that gender the passage mentions or hears is first named anywhere in
// the text after the first of those lines, by the tag of a line of her
// own: a name that first comes in as a speaker is someone the reader
// already knows is there. A name the descriptions answer or address is
// someone else. Failing that, or when the descriptions have no gender
// ("the child"), the one called by name right before they first speak
// (answerAppearance), then the one the reply to their first line calls by
// name (replyAppearance), is tried. A description that stays unresolved
// is left as it is: a wrong merge costs more than a description.
func (d *document) nameDescribedSpeakers() {
	var lines []int
	first := d.firstMentions()
	before := make([]int, len(d.attr))
	for q := range d.attr {
		before[q] = d.attr[q].Speaker
	}
	defer d.keepDescribedNames(before)
	for _, g := range []Gender{Female, Male, GenderUnknown} {
		lines = lines[:0]
		for q := range d.attr {
			if e := d.attr[q].Speaker; e >= 0 && d.quoteTok[q] >= 0 && d.describedOfGender(e, g) {
				lines = append(lines, q)
			}
		}
		for i := 0; i < len(lines); {
			j := i + 1
			for j < len(lines) && d.quotePara[lines[j]] <= d.quotePara[lines[j-1]]+chainGap && !d.newcomer(lines[j-1], lines[j]) {
				j++
			}
			if !d.sameAge(lines[i:j]) {
				i = j
				continue
			}
			if (g == GenderUnknown || !d.nameAppearance(g, lines[i:j], first)) && !d.answerAppearance(g, lines[i:j]) {
				if !d.replyAppearance(g, lines[i:j], first) {
					d.replyEachKin(g, lines[i:j], first)
				}
			}
			i = j
		}
	}
}

// firstMentions returns, for each entity, the first token of its first
// mention, or len(d.toks) when it has none.
func (d *document) firstMentions() []int {
	first := make([]int, len(d.entities))
	for e := range first {
		first[e] = len(d.toks)
	}
	for _, m := range d.mentions {
		if m.entity >= 0 {
			first[m.entity] = min(first[m.entity], m.tok0)
		}
	}
	return first
}

// describedOfGender reports whether entity e is a person known by a
// description of gender g that says what kind of person it is
// (describesKind).
func (d *document) describedOfGender(e int, g Gender) bool {
	x := d.entities[e]
	return !x.proper && x.kind == Person && x.gender == g && describesKind(x.name)
}

// describesKind reports a description that says only what kind of person
// someone is or whose kin ("the young lady", "his sister"), not a calling
// ("the parson", "our landlady"), which may be a character of its own.
func describesKind(name string) bool {
	head := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return personNouns[head] || siblingNouns[head]
}

// siblingNouns are the nouns of kin for someone of the possessor's own
// generation or the next, who may be met before being named.
var siblingNouns = map[string]bool{
	"sister": true, "brother": true, "daughter": true, "son": true,
	"cousin": true, "niece": true, "nephew": true, "wife": true, "husband": true,
	"sister-in-law": true, "brother-in-law": true,
}

// sameAge reports whether the descriptions that speak lines agree in age:
// "the young lady" and "the old woman" are two people.
func (d *document) sameAge(lines []int) bool {
	var age ageWords
	for _, q := range lines {
		age |= agesOf(d.entities[d.attr[q].Speaker].name)
	}
	return age != ageYoung|ageOld
}

// ageWords records the age a description gives someone.
type ageWords uint8

const (
	ageYoung ageWords = 1 << iota // "young", "little"
	ageOld                        // "old", "elderly"
)

// agesOf returns the age words of description s.
func agesOf(s string) ageWords {
	var age ageWords
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		switch w {
		case "young", "little", "youthful", "younger":
			age |= ageYoung
		case "old", "elderly", "aged", "older":
			age |= ageOld
		}
	}
	return age
}

// nameAppearance gives lines, spoken by descriptions of gender g in one
// appearance (in text order), to the person the passage names for them,
// if there is one; first holds each entity's first mention token.
func (d *document) nameAppearance(g Gender, lines []int, first []int) bool {
	a, z := lines[0], lines[len(lines)-1]
	n := d.namedLater(g, d.quoteTok[a], d.chainEnd(d.quotePara[z]), first)
	if n < 0 {
		return false
	}
	lo := d.paraTok[d.quotePara[a]]
	hi := max(d.paraTok[d.quotePara[z]+1], first[n]+1)
	named := d.paraOf(first[n])
	heard := d.chainEnd(named)
	if !d.tagsFirst(n, first[n]) || !d.onlyOfGender(n, g, lo, hi) || d.otherDescribed(g, lines, lo, hi) || !d.speaksIn(n, d.paraTok[named], heard) || d.partners(n, lines, lo, max(hi, heard)) {
		return false
	}
	return d.giveLines(lines, n)
}

// giveLines gives lines to named person n, unless one of them addresses n
// by name: a description calling n is someone else.
func (d *document) giveLines(lines []int, n int) bool {
	for _, q := range lines {
		if d.vocativeIn(q) == n {
			return false
		}
	}
	for _, q := range lines {
		d.setSpeaker(q, n, RuleDescribedName, d.attr[q].Confidence*confDescribedName)
	}
	return true
}

// tagsFirst reports whether the first mention of n, at token k, is the
// subject of a speech verb tagging one of its lines ("said Miss Vane"):
// a name that first comes in as a speaker is someone the reader already
// knows is there, whereas a newcomer is brought in by the narration
// ("Then Mrs. Penrose came out of the kitchen").
func (d *document) tagsFirst(n, k int) bool {
	mi := d.mentionAt[k]
	if mi < 0 {
		return false
	}
	lo, hi := d.paraBounds(k)
	for j := lo; j < hi; j++ {
		if t := d.toks[j]; t.kind == tokQuote {
			if a := d.attr[t.quote]; d.attrMent[t.quote] == mi && a.Speaker == n && a.Cue.End > a.Cue.Start {
				return true
			}
		}
	}
	return false
}

// namedLater returns the first named person of gender g whose first
// mention in the text falls in tokens [lo, hi), or -1.
func (d *document) namedLater(g Gender, lo, hi int, first []int) int {
	for k := lo; k < hi; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].kind != MentionName || d.mentions[mi].entity < 0 {
			continue
		}
		e := d.mentions[mi].entity
		if x := d.entities[e]; x.proper && x.kind == Person && x.gender == g && first[e] == k {
			return e
		}
	}
	return -1
}

// onlyOfGender reports whether n is the only named person of gender g
// that tokens [lo, hi) mention or hear speak; a named person of unknown
// gender counts against it only by speaking there.
func (d *document) onlyOfGender(n int, g Gender, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		e := -1
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].kind == MentionName {
			e = d.mentions[mi].entity
		} else if t := d.toks[k]; t.kind == tokQuote {
			e = d.attr[t.quote].Speaker
			if e == d.index.narrator {
				continue // the one who says "I" is never "the young lady"
			}
			if e >= 0 && d.entities[e].gender == GenderUnknown && d.entities[e].proper && d.entities[e].kind == Person {
				return false
			}
		}
		if e >= 0 && e != n && d.entities[e].proper && d.entities[e].kind == Person && d.entities[e].gender == g {
			return false
		}
	}
	return true
}

// speaksIn reports whether entity e speaks a quotation that starts in
// tokens [lo, hi).
func (d *document) speaksIn(e, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := d.toks[k]; t.kind == tokQuote && d.attr[t.quote].Speaker == e {
			return true
		}
	}
	return false
}

// partners reports whether named person n and a description speaking
// lines answer each other in tokens [lo, hi): two lines in successive
// paragraphs, each given by a cue, one to n and one to such a
// description. Two people in conversation are not one.
func (d *document) partners(n int, lines []int, lo, hi int) bool {
	prev := -1
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind != tokQuote || d.attr[t.quote].Speaker < 0 {
			continue
		}
		q := t.quote
		if prev >= 0 && d.quotePara[q] == d.quotePara[prev]+1 && d.attrMent[q] >= 0 && d.attrMent[prev] >= 0 {
			a, b := d.attr[prev].Speaker, d.attr[q].Speaker
			if a == n && d.speaksAny(lines, b) || b == n && d.speaksAny(lines, a) {
				return true
			}
		}
		prev = q
	}
	return false
}

// newcomer reports whether line q, after line p, is spoken by a person the
// narration has just brought in by an indefinite description ("a man sat
// writing"), not by the one who spoke p: the two lines are two people's.
func (d *document) newcomer(p, q int) bool {
	e := d.attr[q].Speaker
	if e == d.attr[p].Speaker {
		return false
	}
	w, _, _ := strings.Cut(d.entities[e].name, " ")
	return w == "a" || w == "an"
}

// otherDescribed reports whether a description of gender g other than
// those speaking lines speaks in tokens [lo, hi): then the name may be
// theirs.
func (d *document) otherDescribed(g Gender, lines []int, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind != tokQuote {
			continue
		}
		e := d.attr[t.quote].Speaker
		if e < 0 || d.entities[e].proper || d.entities[e].kind != Person || d.entities[e].gender != g {
			continue
		}
		if !d.speaksAny(lines, e) {
			return true
		}
	}
	return false
}
