package speaker

import (
	"sync"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
)

// Options configures an Attributor. The zero value means defaults.
type Options struct {
	// Genre selects news or fiction conventions; the zero value decides
	// from each text.
	Genre Genre
	// Disabled lists rules that must not fire: matchers and fiction
	// steps alike (see Rule).
	Disabled []Rule
	// Characters lists people known to appear in the texts, with their
	// aliases (a novel's cast). Mentions that match them refer to them;
	// other people are still found in the text.
	Characters []Character
}

// Attributor attributes quotations. It is immutable once built and safe
// for concurrent use by many goroutines.
type Attributor struct {
	genre      Genre
	disabled   [len(ruleNames)]bool
	characters []knownCharacter
	scratch    sync.Pool // of *document: working memory reused across texts
}

// New returns an Attributor for the given options. It fails when a known
// character has no usable name.
func New(opts Options) (*Attributor, error) {
	chars, err := parseCharacters(opts.Characters)
	if err != nil {
		return nil, err
	}
	a := &Attributor{genre: opts.Genre, characters: chars}
	for _, r := range opts.Disabled {
		if int(r) < len(a.disabled) {
			a.disabled[r] = true
		}
	}
	return a, nil
}

// Attribute attributes every quotation of text. Paragraphs and sentences
// are the text's segmentation; quotes are the quotations found in it, in
// the order package quote returns them. The result has one Attribution per
// quotation.
func (a *Attributor) Attribute(text string, paragraphs, sentences []Span, quotes []quote.Quote) Result {
	d, _ := a.scratch.Get().(*document)
	if d == nil {
		d = &document{}
	}
	defer a.scratch.Put(d)
	d.reset(text, paragraphs, sentences, quotes)
	d.findMentions()
	d.findCues()
	d.genre = a.genre
	if d.genre == GenreAuto {
		d.genre = d.detectGenre()
	}
	d.seedCharacters(a.characters)
	d.clusterMentions()
	d.linkHeadlineRoles()
	d.linkLeadingRoles()
	d.unpersonPlaces()
	d.mergeTitledSurnames()
	d.learnPeople()
	d.learnGenders()
	d.regroupWives()
	d.kinds = make([]quote.Kind, len(quotes))
	for i, q := range quotes {
		d.kinds[i] = q.Kind
	}
	if d.genre == GenreFiction {
		d.narratedFragments()
	}
	d.attr = make([]Attribution, len(quotes))
	d.attrMent = make([]int, len(quotes))
	d.setBy = make([]Rule, len(quotes))
	for i := range d.attr {
		d.attr[i] = Attribution{Speaker: -1, Addressee: -1}
		d.attrMent[i] = -1
	}
	for _, s := range sieves() {
		if !a.disabled[s.rule] && (!s.fiction || d.genre == GenreFiction) {
			s.run(d)
		}
	}
	return d.result()
}

// AttributeText attributes the quotations of text, splitting it into
// paragraphs and sentences itself; quotes are the quotations found in it
// (quote.Find). Use Attribute when the segmentation is at hand, as
// quoteattr.Analyze does.
func (a *Attributor) AttributeText(text string, quotes []quote.Quote) Result {
	paras := segment.Paragraphs(text)
	return a.Attribute(text, paras, segment.Sentences(text, paras), quotes)
}
