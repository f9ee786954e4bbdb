package speaker

import "github.com/quoteattr/quoteattr/internal/lexicon"

// Many public bodies are named "X for Y": "the Department for Transport",
// "the Ministry for Rural Affairs", "the Institute for Fiscal Studies".
// Unlike "of", "for" never joins a person's name, so it continues a run
// only after an organisation's head word: otherwise "Rural Affairs" would
// stand alone as a person, one that "she" could then refer to.

// forInOrgName reports a lower-case "for" at token j, inside the run that
// starts at token i, that follows an organisation's head word and comes
// before a capitalised word of the same sentence.
func (f *mentionFinder) forInOrgName(i, j, hi int) bool {
	t := f.toks[j]
	if t.upper || t.kind != tokWord || f.d.info(j).lower != "for" || j+1 >= hi {
		return false
	}
	next := f.toks[j+1]
	if next.kind != tokWord || !next.upper || next.sent != t.sent {
		return false
	}
	for k := i; k < j; k++ {
		if o, ok := lexicon.LookupOrgWord(f.d.word(f.toks[k])); ok && o == lexicon.OrgHead {
			return true
		}
	}
	return false
}
