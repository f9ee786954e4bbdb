package speaker

import "github.com/quoteattr/quoteattr/internal/lexicon"

// mediaNouns name a channel that speaks for whoever runs it; after a
// person noun they make the head of the phrase ("a fan account", "a
// parody page", "a fan channel").
var mediaNouns = map[string]bool{
	"account": true, "page": true, "channel": true, "blog": true, "feed": true, "handle": true,
}

// mediaHead extends the description whose person noun is token k over a
// lower-case media noun right after it ("one fan account tweeted"): the
// speaker is the account, not a fan. It returns the new last token and
// nominal, or k and n unchanged.
func (f *mentionFinder) mediaHead(k, hi int, n lexicon.Nominal, head string) (int, lexicon.Nominal, string) {
	j := k + 1
	if j >= hi || f.toks[j].kind != tokWord || f.toks[j].upper || f.toks[j].sent != f.toks[k].sent {
		return k, n, head
	}
	w := f.d.info(j).lower
	if !mediaNouns[w] {
		return k, n, head
	}
	return j, lexicon.Nominal{Class: lexicon.NominalOrg}, w
}
