package speaker

import "github.com/quoteattr/quoteattr/internal/lexicon"

// lostApostrophe reports a lone "s" at token j right after a name, one
// space after it and followed by a lower-case word of the same sentence
// ("Nora s mother"): the possessive of a text whose apostrophes were lost
// in conversion.
func (f *mentionFinder) lostApostrophe(j, hi int) bool {
	if j == 0 || j+1 >= hi || f.toks[j].kind != tokWord || f.d.word(f.toks[j]) != "s" {
		return false
	}
	if f.toks[j].Start != f.toks[j-1].End+1 || f.toks[j+1].kind != tokWord || f.toks[j+1].upper {
		return false
	}
	return f.toks[j].sent == f.toks[j-1].sent && f.toks[j+1].sent == f.toks[j].sent
}

// namedOwner returns the entity of the name that owns description m
// ("Nora's mother" is owned by Nora); named is false when no name owns
// it.
func (d *document) namedOwner(m mention) (owner int, named bool) {
	if m.owner < 0 || m.owner >= len(d.mentions) || d.mentions[m.owner].kind != MentionName {
		return -1, false
	}
	return d.mentions[m.owner].entity, true
}

// descriptionOwner returns the person who owns family description mi, a
// quotation's cue subject: the name of "Nora's brother", the narrator for
// "my brother", the antecedent of "his" or "her" in "her mother"; -1 when
// the description has no single owner or it is unknown. The owner is
// never the one the description names: "her mother" is not she.
func (d *document) descriptionOwner(mi int) int {
	m := d.mentions[mi]
	if m.kind != MentionNominal || !familyNouns[m.roles] {
		return -1
	}
	if owner, named := d.namedOwner(m); named {
		return owner
	}
	w := d.info(m.tok0).lower
	if w == "my" {
		return d.index.narrator
	}
	p, ok := lexicon.LookupPronoun(w)
	if !ok || !p.Case.Has(lexicon.CaseDeterminer) || p.Person != 3 || p.Number == lexicon.Plural || p.Gender == lexicon.Neuter {
		return -1
	}
	pm := mention{kind: MentionPronoun, person: 3, gender: genderOf(p.Gender), ekind: Person, sentence: m.sentence}
	return d.antecedentOf(pm, mi, -1)
}

// familyNouns name a relative of the description's owner.
var familyNouns = map[string]bool{
	"mother": true, "father": true, "mamma": true, "mama": true, "papa": true, "brother": true,
	"sister": true, "son": true, "daughter": true, "wife": true, "husband": true, "uncle": true,
	"aunt": true, "cousin": true, "nephew": true, "niece": true, "grandmother": true, "grandfather": true,
}
