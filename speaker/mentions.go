package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// mention is a candidate speaker reference in the narration.
type mention struct {
	Span          // the whole mention, titles included
	core     Span // the name without titles; empty for pronouns and descriptions
	tok0     int  // first token
	tok1     int  // one past the last token
	kind     MentionKind
	ekind    EntityKind
	gender   Gender
	plural   bool
	person   uint8  // 1, 2 or 3 for pronouns; 3 otherwise
	subject  bool   // a subject pronoun (he, she, they, I, we)
	roles    string // space-separated lower-case role words ("secretary state")
	honor    string // the lower-case honorific before the name ("mrs"), if any
	bare     bool   // the honorific is written without a full stop ("Mr Hadley")
	place    bool   // a place name or demonym, a speaker only by metonymy
	epithet  bool   // "the Dane", "the 38-year-old": someone named before
	owner    int    // for "X's office": index of the mention of X; else -1
	entity   int    // the entity it refers to once resolved; -1 before
	sentence int    // index of the sentence it starts in
}

// collective reports a mention of an organisation or a group: not one
// person.
func (m mention) collective() bool {
	return m.ekind == Organization || m.ekind == Group
}

// thirdSingular reports a pronoun of the third person singular: "he",
// "she", "it" and their other forms.
func (m mention) thirdSingular() bool {
	return m.kind == MentionPronoun && m.person == 3 && !m.plural
}

// mentionFinder finds the mentions of one paragraph's tokens.
type mentionFinder struct {
	d    *document
	toks []token
	out  []mention
}

// find appends the mentions of tokens toks[lo:hi] (one paragraph) to out.
func (f *mentionFinder) find(lo, hi int) {
	hs, he := f.headlineRole(lo, hi)
	for i := lo; i < hi; {
		if i == hs {
			f.addHeadlineRole(hs, he)
			i = he
			continue
		}
		if n := f.tryMention(i, hi); n > i {
			i = n
			continue
		}
		i++
	}
}

// tryMention reads a mention starting at token i and returns the token
// after it, or i when none starts there.
func (f *mentionFinder) tryMention(i, hi int) int {
	t := f.toks[i]
	if t.kind != tokWord {
		return i
	}
	w := f.d.word(t)
	if p, ok := lexicon.LookupPronoun(w); ok && p.Case.Has(lexicon.CaseSubject) && w != "i" {
		f.addPronoun(i, p)
		return i + 1
	}
	if p, ok := lexicon.LookupPronoun(w); ok && f.citedPronoun(i, p) {
		f.addCitedPronoun(i, p)
		return i + 1
	}
	if n := f.tryNominal(i, hi); n > i {
		return n
	}
	if n := f.tryEpithet(i, hi); n > i {
		return n
	}
	if t.upper {
		return f.tryName(i, hi)
	}
	return i
}

// addPronoun records a subject pronoun.
func (f *mentionFinder) addPronoun(i int, p lexicon.Pronoun) {
	t := f.toks[i]
	m := mention{Span: t.Span, tok0: i, tok1: i + 1, kind: MentionPronoun, person: p.Person,
		subject: true, plural: p.Number == lexicon.Plural, owner: -1, entity: -1, sentence: t.sent}
	switch p.Gender {
	case lexicon.Male:
		m.gender, m.ekind = Male, Person
	case lexicon.Female:
		m.gender, m.ekind = Female, Person
	case lexicon.Neuter:
		m.ekind = Organization
	}
	if p.Person == 1 && !m.plural {
		m.ekind = Person
	}
	f.out = append(f.out, m)
}

// sentenceInitial reports whether token i begins its sentence (possibly
// after an opening quotation mark or bracket).
func (f *mentionFinder) sentenceInitial(i int) bool {
	for j := i - 1; j >= 0; j-- {
		p := f.toks[j]
		if p.sent != f.toks[i].sent {
			return true
		}
		if p.kind == tokWord || p.kind == tokQuote {
			return false
		}
		if strings.ContainsAny(f.d.text[p.Start:p.End], ".!?:;") {
			return true
		}
	}
	return true
}

// determiners open a description ("the spokesman", "a senior official").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "one": true, "another": true, "some": true, "several": true,
	"two": true, "three": true, "many": true, "other": true, "both": true, "all": true,
}

// tryNominal reads a description: a determiner, up to three lower-case
// modifiers and a noun that denotes a person, group or organisation ("the
// secretary", "a spokeswoman", "the old man"), or a plural group noun
// with up to two modifiers and no determiner ("senior officials"). A
// capitalised run after "the" is left to tryName ("the State Department").
func (f *mentionFinder) tryNominal(i, hi int) int {
	d := f.d
	det := d.is(i, wDeterminer)
	j, limit := i, i+3
	if det {
		j, limit = i+1, i+5
	}
	for k := j; k < hi && k < limit; k++ {
		t := f.toks[k]
		if t.kind != tokWord {
			if det && k > j && f.modifierComma(k, hi) {
				limit++ // "a tall, thin man"
				continue
			}
			return i
		}
		if det && f.nameConnector(k, hi) {
			limit++ // "a Department for Transport spokesperson"
			continue
		}
		if t.upper && !(k == i && f.sentenceInitial(k)) {
			if det && k > i && !isPossessive(d.word(t)) {
				continue // "a Vermont farmer", "the Obama administration"
			}
			return i
		}
		if det && f.pluralPossessive(k+1, hi) {
			k++ // "the pilots' union": the possessor modifies the head after it
			limit += 2
			continue
		}
		x := d.info(k)
		if x.flags&wNominal != 0 && f.nounEnds(k+1, hi) && !(det && f.acronymThenNoun(k+1, hi)) {
			if !det && !x.nominal.Class.Has(lexicon.NominalGroup) {
				return i // a singular noun needs its determiner
			}
			if objectNouns[x.lower] && isPossessiveDeterminer(d.word(f.toks[i])) {
				return i // "his chair" is furniture
			}
			if det && isPluralNoun(x.lower) && singularDemonstrative(d.info(i).lower) {
				return i // "require that doctors have": "that" opens a clause; the plural starts its own mention
			}
			k, n, head := f.mediaHead(k, hi, x.nominal, x.lower)
			return f.addNominal(i, k, n, head)
		}
		if det && x.flags&wNominal != 0 && x.flags&(wDeterminer|wStop) == 0 {
			continue // a noun modifying the head, even one that is also a verb: "a state official"
		}
		if x.flags&(wDeterminer|wStop|wVerb) != 0 || !det && x.flags&wAdjective == 0 {
			return i
		}
		if d.info(i).lower == "that" && x.flags&wAdjective == 0 {
			return i // "a clause that requires staffers": "that" opens a relative clause
		}
	}
	return i
}

// singularDemonstrative reports "that" or "this", which cannot determine
// a plural noun.
func singularDemonstrative(w string) bool { return w == "that" || w == "this" }

// isPluralNoun reports a noun in the plural: a regular -s form or a
// common irregular one.
func isPluralNoun(w string) bool {
	switch w {
	case "people", "men", "women", "children", "police":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nounEnds reports that the noun ending before token k is the head of its
// phrase: no further noun of a compound follows ("the union president").
func (f *mentionFinder) nounEnds(k, hi int) bool {
	if k >= hi || f.toks[k].kind != tokWord {
		return true
	}
	return !f.d.is(k, wNominal)
}

// acronymThenNoun reports an acronym and a lower-case noun from token k
// ("TV ad" in "a campaign TV ad"), which go on a description.
func (f *mentionFinder) acronymThenNoun(k, hi int) bool {
	if k+1 >= hi || f.toks[k].kind != tokWord || f.toks[k+1].kind != tokWord || f.toks[k+1].upper {
		return false
	}
	w := f.d.word(f.toks[k])
	if len(w) < 2 || len(w) > 4 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	return f.d.is(k+1, wNominal)
}

// addNominal records a description from token i to head noun k.
func (f *mentionFinder) addNominal(i, k int, n lexicon.Nominal, head string) int {
	m := mention{Span: Span{Start: f.toks[i].Start, End: f.toks[k].End}, tok0: i, tok1: k + 1,
		kind: MentionNominal, roles: head, person: 3, owner: -1, entity: -1, sentence: f.toks[i].sent}
	switch {
	case n.Class.Has(lexicon.NominalOrg):
		m.ekind = Organization
	case n.Class.Has(lexicon.NominalGroup):
		m.ekind, m.plural = Group, true
	default:
		m.ekind = Person
	}
	m.gender = genderOf(n.Gender)
	f.out = append(f.out, m)
	return k + 1
}

// isPossessive reports a word ending in ’s or 's ("Kerry’s").
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// genderOf converts a lexicon gender.
func genderOf(g lexicon.Gender) Gender {
	switch g {
	case lexicon.Male:
		return Male
	case lexicon.Female:
		return Female
	}
	return GenderUnknown
}

// stopWords are lower-case words that end a description's modifiers.
var stopWords = map[string]bool{
	"and": true, "or": true, "but": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "by": true, "from": true, "as": true, "is": true,
	"was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "had": true,
	"have": true, "not": true, "who": true, "which": true, "that": true, "said": true,
}

// isStopWord reports a lower-case word that ends a description's modifiers.
func isStopWord(w string) bool { return stopWords[w] }

// bareModifiers may precede a plural noun without a determiner ("senior
// officials", "many critics").
var bareModifiers = map[string]bool{
	"many": true, "some": true, "several": true, "other": true, "most": true, "few": true,
	"senior": true, "top": true, "former": true, "local": true, "federal": true, "state": true,
	"city": true, "county": true, "government": true, "administration": true, "party": true,
	"campaign": true, "military": true, "police": true, "health": true, "election": true,
	"white": true, "house": true, "more": true, "both": true, "all": true, "two": true,
	"three": true, "young": true, "older": true, "anonymous": true, "unnamed": true,
}

// hasAdjectiveSuffix reports a word ending like an adjective ("-al",
// "-ian", "-ous" …) with at least three letters before the ending.
func hasAdjectiveSuffix(w string) bool {
	for _, suf := range []string{"al", "ic", "ian", "ive", "ern", "ish", "ese", "ary", "ous", "ful", "ent", "ant"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// objectNouns name a person as a role but a thing after a possessive
// ("the chair said" but "his chair").
var objectNouns = map[string]bool{"chair": true, "head": true}
