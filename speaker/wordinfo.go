package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// wordInfo is what the lexicons say of one word token, looked up once.
type wordInfo struct {
	done    bool
	lower   string // the word in lower case
	nominal lexicon.Nominal
	flags   wordFlags
}

// wordFlags are the word classes the mention finder asks about.
type wordFlags uint8

const (
	wNominal    wordFlags = 1 << iota // a noun for a person, group or organisation
	wDeterminer                       // "the", "a", "his"
	wStop                             // a function word that ends a description
	wVerb                             // a form of a speech verb
	wAdjective                        // may modify a plural noun without determiner
)

// info returns the lexicon facts of word token k, computing them on first
// use.
func (d *document) info(k int) *wordInfo {
	if len(d.infos) != len(d.toks) {
		if cap(d.infos) < len(d.toks) {
			d.infos = make([]wordInfo, len(d.toks))
		}
		d.infos = d.infos[:len(d.toks)]
		clear(d.infos)
	}
	x := &d.infos[k]
	if x.done {
		return x
	}
	x.done = true
	x.lower = strings.ToLower(d.word(d.toks[k]))
	if n, ok := lexicon.LookupNominal(x.lower); ok {
		x.nominal, x.flags = n, x.flags|wNominal
	}
	if determiners[x.lower] {
		x.flags |= wDeterminer
	}
	if stopWords[x.lower] {
		x.flags |= wStop
	}
	if _, ok := lexicon.CueVerbs()[x.lower]; ok {
		x.flags |= wVerb
	}
	if isAdjectiveLike(x.lower) {
		x.flags |= wAdjective
	}
	return x
}

// is reports whether word token k has every flag of f.
func (d *document) is(k int, f wordFlags) bool { return d.info(k).flags&f == f }
