package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// leadingRole reports a role noun that opens the sentence and so carries
// a capital it would not have elsewhere ("Defender Joel Mensah said",
// "Goalkeeper Ana Ruiz saved"): a noun for a person that is no title,
// followed by a known given name and a surname. It is the person's role,
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
	_, first := lexicon.FirstNameGender(f.d.word(f.toks[i+1]))
	return first && !strings.Contains(f.d.word(f.toks[i+1]), ".")
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
