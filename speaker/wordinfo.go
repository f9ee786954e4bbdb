package speaker

import (
	"strings"
	"sync"

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
	e := wordTable()[x.lower]
	x.nominal, x.flags = e.nominal, e.flags
	if x.flags&wAdjective == 0 && hasAdjectiveSuffix(x.lower) { // bare modifiers are in the table
		x.flags |= wAdjective
	}
	return x
}

// wordEntry is what the lexicons say of one lower-case word.
type wordEntry struct {
	nominal lexicon.Nominal
	flags   wordFlags
}

// wordTable merges the lexicons the mention finder asks about into one
// table, so that a word costs one lookup however many lists it is in.
var wordTable = sync.OnceValue(func() map[string]wordEntry {
	t := make(map[string]wordEntry)
	add := func(w string, f wordFlags) {
		e := t[w]
		e.flags |= f
		t[w] = e
	}
	for w, n := range lexicon.Nominals() {
		e := t[w]
		e.nominal, e.flags = n, e.flags|wNominal
		t[w] = e
	}
	for w := range determiners {
		add(w, wDeterminer)
	}
	for w := range stopWords {
		add(w, wStop)
	}
	for w := range lexicon.CueVerbs() {
		add(w, wVerb)
	}
	for w := range bareModifiers {
		add(w, wAdjective)
	}
	return t
})

// is reports whether word token k has every flag of f.
func (d *document) is(k int, f wordFlags) bool { return d.info(k).flags&f == f }
