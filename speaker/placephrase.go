package speaker

import "strings"

// placePhraseAt reports a phrase at token k that says where a described
// person lives or works ("of the Bayview estate", "at Kelby Hospital"),
// whose capitalised words belong to the description, not to a name.
func (d *document) placePhraseAt(k, hi int) bool {
	if k+1 >= hi || d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "of", "from", "in", "at":
		return true
	}
	return false
}

// pastShortOf returns the token after a short "of" phrase of lower-case
// words or numbers that starts at token k ("of forty years" in "his wife
// of forty years, Mirren,"), or k when none starts there.
func (d *document) pastShortOf(k int) int {
	if k >= len(d.toks) || d.toks[k].kind != tokWord || d.info(k).lower != "of" {
		return k
	}
	j := k + 1
	for j < len(d.toks) && j <= k+3 && d.toks[j].kind == tokWord && !d.toks[j].upper && !d.is(j, wVerb) {
		j++
	}
	if j == k+1 || j >= len(d.toks) || d.word(d.toks[j]) != "," {
		return k
	}
	return j
}

// pastTimestamp returns the token after a live blog's time stamp and its
// dash that open tokens [lo, hi) ("10:30 a.m. — A resident …", "14.05 -
// …"), or lo when none opens them.
func (d *document) pastTimestamp(lo, hi int) int {
	k := lo
	for n := 0; n < 6 && k < hi; n++ {
		w := strings.ToLower(d.word(d.toks[k]))
		if !isDigits(w) && w != ":" && w != "." && w != "a.m" && w != "p.m" && w != "am" && w != "pm" {
			break
		}
		k++
	}
	if k < hi && isDash(d.word(d.toks[k])) && (k > lo || lo == d.sentenceStart(lo, 0)) {
		return k + 1
	}
	return lo
}
