package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// citedPronoun reports an object pronoun of the third person at token i
// that a verb of citing quotes ("the paper quoted him as saying", "cited
// them as telling"): the one whose words follow, a mention that refers
// back like a subject pronoun would.
func (f *mentionFinder) citedPronoun(i int, p lexicon.Pronoun) bool {
	if p.Person != 3 || !p.Case.Has(lexicon.CaseObject) || i < 1 || i+2 >= len(f.toks) {
		return false
	}
	verb, as, gerund := f.toks[i-1], f.toks[i+1], f.toks[i+2]
	if verb.kind != tokWord || as.kind != tokWord || gerund.kind != tokWord {
		return false
	}
	return citingVerbs[f.d.info(i-1).lower] && f.d.info(i+1).lower == "as" &&
		strings.HasSuffix(f.d.info(i+2).lower, "ing")
}

// addCitedPronoun records the cited object pronoun at token i: not a
// subject, so that only the verb of citing's gerund cue takes it.
func (f *mentionFinder) addCitedPronoun(i int, p lexicon.Pronoun) {
	f.addPronoun(i, p)
	f.out[len(f.out)-1].subject = false
}

// citer returns the entity that quotes the cited pronoun mi, the subject
// right before the verb of citing ("The Gazette quoted him"), or -1: the
// pronoun never refers to it, which would have been "himself".
func (d *document) citer(mi int) int {
	m := d.mentions[mi]
	if m.subject || m.tok0 < 2 || !citingVerbs[d.info(m.tok0-1).lower] {
		return -1
	}
	if s := d.mentionEndingAt(m.tok0 - 2); s >= 0 && s != mi {
		return d.resolve(s)
	}
	return -1
}
