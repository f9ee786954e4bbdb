package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// leadingRole reports a role noun that opens the sentence and so carries
// a capital it would not have elsewhere ("Defender Joel Mensah said",
// "Goalkeeper Ana Ruiz saved"): a noun for a person that is no title,
// followed by a given name and a surname (a known given name, or two
// words that can be nothing else). It is the person's role,
// as "defender" is in "said defender Joel Mensah", not a part of the name.
func (f *mentionFinder) leadingRole(i, end int) bool {
	if end-i < 3 || !f.toks[i].upper || !f.sentenceInitial(i) {
		return false
	}
	lw := f.d.info(i).lower
	if _, title := lexicon.LookupTitle(lw); title {
		return false
	}
	n, ok := lexicon.LookupNominal(lw)
	if !ok || !n.Class.Has(lexicon.NominalPerson) {
		return false
	}
	if strings.Contains(f.d.word(f.toks[i+1]), ".") {
		return false
	}
	if _, first := lexicon.FirstNameGender(f.d.word(f.toks[i+1])); first {
		return true
	}
	return f.unknownGivenName(i+1, end)
}

// unknownGivenName reports a run [k, end) of exactly a given name the
// lexicon does not know and a surname ("Yusra Hamdan" after "Passenger"):
// two capitalised words that are neither a person noun, an organisation
// word nor a place.
func (f *mentionFinder) unknownGivenName(k, end int) bool {
	if end-k != 2 {
		return false
	}
	for j := k; j < end; j++ {
		w := f.d.word(f.toks[j])
		if !f.toks[j].upper || f.toks[j].kind != tokWord || isPossessive(w) {
			return false
		}
		if _, ok := lexicon.LookupNominal(strings.ToLower(w)); ok {
			return false
		}
		if _, ok := lexicon.LookupOrgWord(w); ok {
			return false
		}
		if _, ok := lexicon.Places()[strings.ToLower(w)]; ok {
			return false
		}
	}
	return true
}

// withLeadingRole extends m back over the role noun at token k.
func (f *mentionFinder) withLeadingRole(m *mention, k int) {
	m.tok0 = k
	m.Span.Start = f.toks[k].Start
	m.roles = strings.TrimSpace(f.d.info(k).lower + " " + m.roles)
	if m.ekind == KindUnknown {
		m.ekind = Person
	}
}
