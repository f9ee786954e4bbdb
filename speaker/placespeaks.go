package speaker

import (
	"strings"
	"unicode"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// placeSpeaks reports, in news, a country or a city that stands for its
// government as the subject of a speech verb ("Beijing said", "Moscow
// warned that …"): the name opens its sentence, or follows the quotation it
// closes ("…," Beijing said) or a dateline ("OSLO (Wire) - Norway
// said") or a comma and a conjunction ("…, while Moscow said"), and the
// verb comes right after it or after a relative clause set off by commas
// ("Beijing, which has called for talks, urged …"). A place
// after a preposition ("in Beijing said"), in a dateline, or followed by
// anything but the verb stays a place.
func (d *document) placeSpeaks(mi int) bool {
	m := d.mentions[mi]
	if d.genre != GenreNews || m.kind != MentionName || m.tok1 >= len(d.toks) {
		return false
	}
	verb := d.pastRelative(m.tok1)
	ci := d.cueAt[verb]
	if ci < 0 || d.cues[ci].tok0 != verb || d.cues[ci].according || d.cues[ci].gerund {
		return false
	}
	k, ok := lexicon.LookupPlace(strings.TrimSuffix(oneSpaced(m.core.Text(d.text)), "."))
	if !ok || !k.Has(lexicon.PlaceCountry) && !k.Has(lexicon.PlaceCity) || m.core.Start != m.Start {
		return false
	}
	if m.tok0 == 0 || d.startsSentence(m.tok0) {
		return true
	}
	prev := m.tok0 - 1
	if joiningWords[d.info(prev).lower] && prev > 0 && d.word(d.toks[prev-1]) == "," {
		return true // "Kyiv said …, while Moscow said …"
	}
	if w := d.word(d.toks[prev]); (w == "-" || w == "–" || w == "—") && prev > 0 {
		return d.afterDateline(prev - 1) // "OSLO (Wire) - Norway said"
	}
	if d.word(d.toks[prev]) == "," && prev > 0 {
		prev--
	}
	return d.toks[prev].kind == tokQuote
}

// afterDateline reports a dateline ending at token k: a word in capitals
// ("OSLO") or a credit in brackets ("(Wire)") that opens its sentence.
func (d *document) afterDateline(k int) bool {
	if w := d.word(d.toks[k]); w == ")" {
		for k > 0 && d.word(d.toks[k]) != "(" {
			k--
		}
		k--
	}
	if k < 0 || !allCapitals(d.word(d.toks[k])) {
		return false
	}
	for k > 0 && !d.startsSentence(k) && allCapitals(d.word(d.toks[k-1])) {
		k--
	}
	return k == 0 || d.startsSentence(k)
}

// allCapitals reports a word of two or more letters, none in lower case.
func allCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// joiningWords join a second clause to a sentence after a comma.
var joiningWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// pastRelative returns the token after a relative clause set off by
// commas that opens at token k (", which has called for talks,"), or k.
func (d *document) pastRelative(k int) int {
	if k+2 >= len(d.toks) || d.word(d.toks[k]) != "," || d.info(k+1).lower != "which" {
		return k
	}
	for j := k + 2; j < len(d.toks) && j <= k+20 && d.toks[j].sent == d.toks[k].sent; j++ {
		if d.toks[j].kind == tokQuote {
			return k
		}
		if d.word(d.toks[j]) == "," {
			return j + 1
		}
	}
	return k
}
