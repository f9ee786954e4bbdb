package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// vocativeIn returns the entity a quotation addresses by name ("Come,
// Tom!", "Well, Clara Whitby,"), or -1. It caches its answer.
func (d *document) vocativeIn(q int) int {
	if len(d.vocative) != len(d.quotes) {
		d.vocative = sized(d.vocative, len(d.quotes), -2)
	}
	if d.vocative[q] == -2 {
		d.vocative[q] = d.findVocative(q)
	}
	return d.vocative[q]
}

// vocativeOpeners may stand right before a name used in address.
var vocativeOpeners = map[string]bool{",": true, "!": true, "dear": true, "oh": true, "o": true, "—": true, ";": true}

// vocativeClosers may stand right after a name used in address.
var vocativeClosers = map[string]bool{",": true, "!": true, ".": true, "?": true, ";": true, "—": true, "-": true}

// findVocative scans the words of quotation q for a capitalised name set
// off by punctuation and known as a character.
func (d *document) findVocative(q int) int {
	e := -1
	d.eachVocative(q, func(toks []token, i, end int) bool {
		e = d.calledIn(q, toks, i, end)
		if e >= 0 && d.notAddressable(e) {
			e = -1 // "…, London." ends a letter's address, not a call
			return true
		}
		if e < 0 && d.genre == GenreFiction {
			e = d.addressedCharacter(toks, i, end)
		}
		return e < 0
	})
	if e < 0 && d.genre == GenreFiction {
		e = d.spokenTo(q)
	}
	return e
}

// spokenTo returns the person the cue right after quotation q says it is
// spoken to ("…," he said to Tom), or -1: a speech verb within a few
// words after the quotation, in its sentence, followed by "to" and a name.
func (d *document) spokenTo(q int) int {
	qt := d.quoteTok[q]
	if qt < 0 {
		return -1
	}
	for k := qt + 1; k < len(d.toks) && k <= qt+4 && d.toks[k].kind != tokQuote && d.toks[k].sent == d.toks[qt].sent; k++ {
		ci := d.cueAt[k]
		if ci < 0 {
			continue
		}
		to := d.cues[ci].tok1
		if to+1 >= len(d.toks) || d.word(d.toks[to]) != "to" {
			return -1
		}
		if mi := d.mentionAt[to+1]; mi >= 0 && d.mentions[mi].kind == MentionName && d.mentions[mi].ekind != Organization {
			return d.mentions[mi].entity
		}
		return -1
	}
	return -1
}

// addressedCharacter creates the character a quotation addresses by a
// name the narration never uses ("My dear Mr. Whitby"), when the words
// are plainly a person's name: a title and a name, or a known first name.
func (d *document) addressedCharacter(toks []token, i, end int) int {
	keys, honor := d.vocativeKeys(toks, i, end)
	if len(keys) == 0 {
		return -1
	}
	first := d.word(toks[i])
	g, known := lexicon.FirstNameGender(first)
	if honor == "" && !known {
		return -1
	}
	x := entity{kind: Person, keys: keys, proper: true, size: len(keys)}
	switch {
	case honor != "":
		t, _ := lexicon.LookupTitle(honor)
		x.gender, x.sure, x.honors = genderOf(t.Gender), true, []string{honor}
		x.bare = d.honorBare(toks[i:end])
	default:
		x.gender = genderOf(g)
	}
	var words []string
	for k := i; k < end; k++ {
		if w := d.word(toks[k]); w != "." && !isTitleWord(w) {
			words = append(words, w)
		}
	}
	x.name = strings.Join(words, " ")
	if len(words) > len(keys) && wifeHonors[honor] {
		x.name = wifeTitle(honor, x.bare) + " " + x.name
	}
	x.variants = []variant{{name: x.name, size: len(keys), count: 1}}
	return d.addEntity(x)
}

// eachVocative calls yield with every capitalised run of quotation q set
// off as an address, outside the quotations nested in it, until yield
// returns false.
func (d *document) eachVocative(q int, yield func(toks []token, i, end int) bool) {
	toks := d.quoteWords(q)
	if d.listEntry(toks) {
		return
	}
	d.eachNameRun(toks, func(i, end int) bool {
		return !d.addressed(toks, i, end) || d.inNested(q, toks[i].Start) || d.answersWithName(q, toks, i, end) || yield(toks, i, end)
	})
}

// eachNameRun calls yield with every run of capitalised words in toks
// (nameRunIn), until yield returns false.
func (d *document) eachNameRun(toks []token, yield func(i, end int) bool) {
	for i := 0; i < len(toks); {
		if toks[i].kind != tokWord || !toks[i].upper {
			i++
			continue
		}
		end := d.nameRunIn(toks, i)
		if !yield(i, end) {
			return
		}
		i = end
	}
}

// nameRunIn returns the end of the run of capitalised words (with the
// periods of titles) starting at toks[i].
func (d *document) nameRunIn(toks []token, i int) int {
	j := i
	for j < len(toks) {
		w := d.word(toks[j])
		switch {
		case toks[j].kind == tokWord && toks[j].upper && (j == i || !lexicon.IsStopName(w)):
			j++
		case w == "." && j > i && isTitleAbbrev(d.word(toks[j-1])):
			j++
		default:
			return j
		}
	}
	return j
}

// addressed reports a run set off as a vocative: at the start of the
// quotation or after a comma or an interjection, and before punctuation
// or the end.
func (d *document) addressed(toks []token, i, end int) bool {
	before := i == 0 || vocativeOpeners[strings.ToLower(d.word(toks[i-1]))] || d.sentenceVocative(toks, i, end)
	after := end == len(toks) || vocativeClosers[d.word(toks[end])]
	if i == 0 && end < len(toks) && d.word(toks[end]) == "." {
		return false // "Clara." opening a quotation is a sentence, not an address
	}
	if d.introducesSelf(toks, i, end) || d.addsToList(toks, i) || d.namesPlace(toks, i, end) {
		return false
	}
	return before && after && (i > 0 || end < len(toks) && d.word(toks[end]) == ",")
}

// entityNamed returns the named entity the words of toks[i:end] name,
// titles aside, or -1: of those namedBy finds, the one likeliestNamed
// picks.
func (d *document) entityNamed(toks []token, i, end int) int {
	return d.likeliestNamed(d.namedBy(toks, i, end))
}

// namedBy returns, most recent first, the named entities the words of
// toks[i:end] may name, titles aside: those whose name words hold them and
// whose gender the title among them allows, and in fiction only those of
// the family the words name (familyAgrees). It returns nil when the words
// hold no name.
func (d *document) namedBy(toks []token, i, end int) []int {
	keys, honor := d.vocativeKeys(toks, i, end)
	if len(keys) == 0 {
		return nil
	}
	g := GenderUnknown
	if t, ok := lexicon.LookupTitle(honor); ok {
		g = genderOf(t.Gender)
	}
	cands := d.index.holding(keys)
	out := cands[:0]
	for _, e := range cands {
		x := &d.entities[e]
		if !x.proper || !subset(keys, x.keys) || g != GenderUnknown && x.gender != GenderUnknown && g != x.gender {
			continue
		}
		if d.genre == GenreFiction && !familyAgrees(x, mention{honor: honor}, keys) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// likeliestNamed returns the entity of cands (most recent first) a name
// fitting them all means, or -1 when there is none: in news the most
// recent; in fiction the one the text names most (ties to the most
// recent), as a character called "Mr. Pike" throughout is meant rather
// than a brother named once in passing.
func (d *document) likeliestNamed(cands []int) int {
	if len(cands) == 0 {
		return -1
	}
	if d.genre != GenreFiction {
		return cands[0]
	}
	best := cands[0]
	for _, e := range cands[1:] {
		if len(d.entities[e].mentions) > len(d.entities[best].mentions) {
			best = e
		}
	}
	return best
}

// addresseeOf returns the person quotation q, spoken by e, addresses: the
// one it names, else the other participant of a running conversation.
func (d *document) addresseeOf(q, e int, g *dialogue) int {
	if v := d.lastVocativeIn(q); v >= 0 && v != e {
		return v
	}
	if d.genre == GenreFiction && d.narratorCalled(q, e) {
		return d.index.narrator
	}
	if d.genre == GenreFiction {
		if x := d.turnedTo(q, e); x >= 0 {
			return x
		}
	}
	if g.last >= 0 && g.last != e && d.quotePara[q] <= g.lastPara+1 {
		return g.last
	}
	if d.genre == GenreFiction {
		return d.otherInParagraph(q, e)
	}
	return -1
}

// otherReach is how many tokens on each side of a quotation
// otherInParagraph reads, so that a long paragraph with many quotations
// costs linear time.
const otherReach = 120

// otherInParagraph returns the one person other than speaker e that the
// narration of quotation q's paragraph names ("Hartley said that he
// had other occupations. "…?" she asked."): the one spoken to. It returns
// -1 when the paragraph names nobody else or several people.
func (d *document) otherInParagraph(q, e int) int {
	p, qt := d.quotePara[q], d.quoteTok[q]
	found := -1
	for k := max(d.paraTok[p], qt-otherReach); k < min(d.paraTok[p+1], qt+otherReach); k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if !d.namesPerson(m) || m.entity == e {
			continue
		}
		if found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	return found
}

// vocativeKeys returns the name words of toks[i:end] without titles, and
// the honorific among them.
func (d *document) vocativeKeys(toks []token, i, end int) (keys []string, honor string) {
	for k := i; k < end; k++ {
		w := strings.ToLower(d.word(toks[k]))
		if t, ok := lexicon.LookupTitle(w); ok {
			if t.Class.Has(lexicon.TitleHonorific) {
				honor = w
			}
			continue
		}
		if w != "." && !d.isStopName(w) {
			keys = append(keys, nameKeys(w)...)
		}
	}
	if wifeHonors[honor] && len(keys) >= 2 && isMansName(keys[0]) {
		keys = keys[len(keys)-1:] // "Mrs. Roger Vale" is Mrs. Vale
	}
	return keys, honor
}
