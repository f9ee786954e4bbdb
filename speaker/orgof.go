package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// An organisation is often named "X of Y": "the Army Corps of Engineers",
// "the Bank of Kenya", "the University of Leeds". Its words before "of"
// are neither a title chain to strip from a person's name nor the same
// thing as Y alone.

// orgChain reports that the run [i, k), which a title chain would strip
// up to the "of" at token k, holds an organisation word and no post or
// honorific: "Army Corps" before "of Engineers" names the body itself,
// where "Deputy Secretary" before "of State" is a title.
func (f *mentionFinder) orgChain(i, k int) bool {
	org := false
	for j := i; j < k; j++ {
		w := f.d.word(f.toks[j])
		if t, ok := lexicon.LookupTitle(strings.ToLower(w)); ok && !t.Class.Has(lexicon.TitleModifier) {
			return false
		}
		if _, ok := lexicon.LookupOrgWord(w); ok {
			org = true
		}
	}
	return org
}

// ofTail returns Y in an organisation's name "X of Y" whose X holds an
// organisation word ("Bank of Kenya" gives "Kenya"), and whether it is one.
func ofTail(name string) (string, bool) {
	head, tail, ok := strings.Cut(name, " of ")
	if !ok || tail == "" {
		return "", false
	}
	for w := range strings.FieldsSeq(head) {
		if _, org := lexicon.LookupOrgWord(w); org {
			return tail, true
		}
	}
	return "", false
}

// onlyOfTail reports a name and an entity that share no more than the Y
// of an "X of Y" organisation: "the Bank of Kenya" is not the Kenya named
// before it, nor is a later "Kenya" the bank.
func (d *document) onlyOfTail(e *entity, m mention, keys []string) bool {
	if name := m.core.Text(d.text); strings.Contains(name, "of") {
		if tail, ok := ofTail(oneSpaced(name)); ok && subset(e.keys, d.keysOf(tail)) {
			return true
		}
	}
	tail, ok := ofTail(e.name)
	return ok && subset(keys, d.keysOf(tail))
}

// nameConnector reports a lower-case "of", "for" or "and" at token k
// between two capitalised words, inside the name of a body that modifies
// a description: "a Department for Transport spokesperson", "a Bank of
// Kenya official".
func (f *mentionFinder) nameConnector(k, hi int) bool {
	if k == 0 || k+1 >= hi || f.toks[k].upper || f.toks[k].kind != tokWord {
		return false
	}
	switch f.d.info(k).lower {
	case "of", "for", "and":
	default:
		return false
	}
	prev, next := f.toks[k-1], f.toks[k+1]
	return prev.kind == tokWord && prev.upper && next.kind == tokWord && next.upper && prev.sent == next.sent
}

// endBeforeOf returns the end of the core name that starts at token core
// in the run [i, end): the "of" after a titled person's name ends it ("Dr
// Helen Ashby of Kingsbridge University", "Rep. Tom Cole of Ohio"), while
// the mention still spans the whole run.
func (f *mentionFinder) endBeforeOf(i, core, end int) int {
	for k := core + 1; k < end; k++ {
		if f.d.info(k).lower == "of" && f.nameBeforeOf(i, k) {
			return k
		}
	}
	return end
}

// nameBeforeOf reports that the word before the "of" at token j, in the
// run that starts at token i, is a personal name after a title rather
// than a title or an organisation word: in "Dr Helen Ashby of Kingsbridge
// University" the "of" ends the name, where "Secretary of State" and
// "Bank of England" go on.
func (f *mentionFinder) nameBeforeOf(i, j int) bool {
	if j-1 <= i {
		return false
	}
	w := f.d.word(f.toks[j-1])
	if w == "." {
		return false
	}
	if _, ok := lexicon.LookupTitle(strings.ToLower(w)); ok {
		return false
	}
	if _, ok := lexicon.LookupOrgWord(w); ok {
		return false
	}
	if f.isDemonym(strings.ToLower(w)) {
		return false
	}
	for k := i; k < j-1; k++ {
		if _, ok := lexicon.LookupTitle(strings.ToLower(f.d.word(f.toks[k]))); ok {
			return true
		}
	}
	return false
}
