package speaker

import "strings"

// sourceLinks are the word runs after an unnamed source that say how it
// knows what it tells ("a person familiar with the talks", "an official
// with knowledge of the plan", "a source close to the family").
var sourceLinks = [][]string{
	{"familiar", "with"}, {"close", "to"}, {"with", "knowledge", "of"},
	{"with", "direct", "knowledge", "of"}, {"with", "knowledge", "about"},
	{"briefed", "on"}, {"knowledgeable", "about"}, {"privy", "to"},
}

// maxSourceObject is how many words of the thing a source knows the
// description keeps ("the talks", "the prime minister's office").
const maxSourceObject = 3

// sourceWords are the heads of a description that may stand for an
// unnamed source: the sourceNouns that mark news, and nouns that novels
// use as often ("a friend close to him").
var sourceWords = func() map[string]bool {
	m := map[string]bool{
		"insider": true, "insiders": true, "employee": true, "employees": true,
		"friend": true, "friends": true,
	}
	for w := range sourceNouns {
		m[w] = true
	}
	return m
}()

// sourceName returns a description's name for an entity, keeping in news
// the short phrase after an indefinite unnamed source that identifies it
// ("a person familiar with the talks"), cut after a few words of what it
// knows and before any verb, comma or clause.
func (d *document) sourceName(mi int) string {
	m := d.mentions[mi]
	name := descriptionName(m.Span.Text(d.text))
	if !d.unnamedSource(mi) {
		return name
	}
	end := d.sourceModifierEnd(m.tok1)
	if end <= m.tok1 {
		return name
	}
	return descriptionName(d.text[m.Start:d.toks[end-1].End])
}

// unnamedSource reports a description in news that may stand for an
// unnamed source: a source noun with an indefinite determiner or none
// ("a person", "two officials", "sources").
func (d *document) unnamedSource(mi int) bool {
	m := d.mentions[mi]
	first := d.info(m.tok0).lower
	return d.genre == GenreNews && m.kind == MentionNominal && sourceWords[m.roles] &&
		(!determiners[first] || indefiniteSource(first))
}

// sourceBefore returns the unnamed source whose identifying phrase ends
// at token k, right before a verb ("a person familiar with the talks
// said"), or -1: the phrase's own nouns are not the subject.
func (d *document) sourceBefore(k, lo int) int {
	if d.genre != GenreNews {
		return -1
	}
	for j := k - 2; j >= lo && j >= k-maxSourceReach; j-- {
		mi := d.mentionEndingAt(j)
		if mi >= 0 && d.unnamedSource(mi) && d.sourceModifierEnd(j+1) == k+1 {
			return mi
		}
	}
	return -1
}

// maxSourceReach is how many tokens an unnamed source's identifying
// phrase may take: the longest link and object with a determiner.
const maxSourceReach = 4 + 1 + maxSourceObject + 1

// indefiniteSource reports a determiner that leaves a source unnamed:
// "a", "an", "one", "two", "some", "several".
func indefiniteSource(w string) bool {
	switch w {
	case "a", "an", "one", "two", "three", "some", "several":
		return true
	}
	return false
}

// sourceModifierEnd returns the token after the source link that starts
// at token k and the words of what it links to, or k when none starts
// there.
func (d *document) sourceModifierEnd(k int) int {
	for _, link := range sourceLinks {
		j := d.linkAt(k, link)
		if j < 0 {
			continue
		}
		end := d.sourceObjectEnd(j)
		if end == j {
			return k
		}
		return end
	}
	return k
}

// linkAt returns the token after words ws read in lower case from token
// k, or -1 when they are not there.
func (d *document) linkAt(k int, ws []string) int {
	for _, w := range ws {
		if k >= len(d.toks) || d.toks[k].kind != tokWord || d.info(k).lower != w {
			return -1
		}
		k++
	}
	return k
}

// sourceObjectEnd returns the end of the short noun phrase at token j that
// a source link governs: a determiner and at most maxSourceObject words,
// ending before punctuation, a function word or a verb after its first
// word ("the talks said": "talks" may be a verb only where it heads).
func (d *document) sourceObjectEnd(j int) int {
	end, k := j, j
	if k < len(d.toks) && d.toks[k].kind == tokWord && determiners[d.info(k).lower] {
		k++
	}
	for n := 0; n < maxSourceObject && k < len(d.toks); n, k = n+1, k+1 {
		t := d.toks[k]
		if t.kind != tokWord || d.paraOf(k) != d.paraOf(j) || n > 0 && d.is(k, wVerb) || d.is(k, wStop) || determiners[d.info(k).lower] {
			break
		}
		if n > 0 && strings.HasSuffix(d.info(k).lower, "ly") {
			break // "close to the family reportedly said"
		}
		end = k + 1
	}
	return end
}
