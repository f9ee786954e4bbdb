package lexicon

import (
	"strings"
	"sync"
)

// ElisionCase tells in which cases a word counts as an elision after an
// apostrophe.
type ElisionCase uint8

// The cases of elisions, from the second field of elisions.txt.
const (
	ElisionNone  ElisionCase = iota // not an elision
	ElisionAny                      // any case: 'tis, 'Tis
	ElisionLower                    // lower case only: 'is, but not 'Is
)

// Elisions maps the lower-case words that follow an elision apostrophe
// ("tis" in 'tis, "em" in 'em, "is" in the dialect 'is) to the cases in
// which they count as elisions.
var Elisions = sync.OnceValue(func() map[string]ElisionCase {
	m := map[string]ElisionCase{}
	for _, f := range entries("elisions.txt") {
		c := ElisionAny
		if len(f) > 1 && f[1] == "lower" {
			c = ElisionLower
		}
		m[strings.ToLower(f[0])] = c
	}
	return m
})

// TermCues lists the lower-case words and phrases that, right before a
// quotation, make it a name, a title or a mentioned word ("titled", "the
// so-called", "the word"). Phrases are joined by one space.
var TermCues = setOnce("termcues.txt")
