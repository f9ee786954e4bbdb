package speaker

// openingPhrases are the prepositions that open an adverbial phrase set
// off by a comma before a clause's subject ("In a letter to residents,
// Pat Greene wrote:").
var openingPhrases = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"from": true, "through": true, "throughout": true, "under": true, "within": true,
}

// pastOpeningPhrase returns the token after the comma that closes a
// prepositional phrase opening tokens [lo, hi) ("In a letter to
// residents, …"), or lo when they open otherwise or the comma is more
// than a dozen words off.
func (d *document) pastOpeningPhrase(lo, hi int) int {
	if lo >= hi || d.toks[lo].kind != tokWord || !openingPhrases[d.info(lo).lower] {
		return lo
	}
	for k := lo + 1; k < hi && k <= lo+12; k++ {
		if d.toks[k].kind == tokQuote {
			return lo
		}
		if d.word(d.toks[k]) == "," {
			return k + 1
		}
	}
	return lo
}

// appositeSubject returns the name set off by commas right after a short
// noun phrase that opens tokens [lo, hi) and that is no mention of its own
// ("Its leader, Pat Greene, gave the following statement:"): the name is
// the subject's, or -1.
func (d *document) appositeSubject(lo, hi int) int {
	for k := lo + 1; k < hi && k <= lo+3; k++ {
		if d.toks[k].kind != tokWord && d.word(d.toks[k]) != "," {
			return -1
		}
		if d.word(d.toks[k]) != "," {
			continue
		}
		mi := d.mentionIn[min(k+1, len(d.toks)-1)]
		if k+1 >= hi || mi < 0 || d.mentions[mi].tok0 != k+1 || d.mentions[mi].kind != MentionName || !d.canSpeak(mi) {
			return -1
		}
		if end := d.mentions[mi].tok1; end < hi && d.word(d.toks[end]) == "," {
			return mi
		}
		return -1
	}
	return -1
}

// namedApposite returns the name in apposition to description mi ("its
// chairwoman, Nell Ashby,"), which says who the subject is, or mi.
func (d *document) namedApposite(mi, hi int) int {
	if ni := d.appositiveName(mi, hi); ni >= 0 {
		return ni
	}
	return mi
}

// beforeCredit returns the end of tokens [lo, hi) without a closing
// bracketed credit ("… coming.” [Blog.]", "(Wire)"), or hi.
func (d *document) beforeCredit(lo, hi int) int {
	if hi-lo < 3 || d.word(d.toks[hi-1]) != "]" && d.word(d.toks[hi-1]) != ")" {
		return hi
	}
	open := "["
	if d.word(d.toks[hi-1]) == ")" {
		open = "("
	}
	for k := hi - 2; k > lo && k >= hi-6; k-- {
		if d.toks[k].kind == tokQuote {
			return hi
		}
		if d.word(d.toks[k]) == open {
			return k
		}
	}
	return hi
}

// dashLabel reports a quotation whose window [start, end) closes with a
// speaker's label set off by a dash ("Forecasters agree - Tamsin Okonjo:
// “…”"): the name before the colon speaks, not the subject of a verb in
// the topic line before the dash.
func (d *document) dashLabel(start, end int) bool {
	if end-start < 3 || d.word(d.toks[end-1]) != ":" {
		return false
	}
	mi := d.mentionEndingAt(end - 2)
	if mi < 0 || d.mentions[mi].kind != MentionName || !d.canSpeak(mi) || d.mentions[mi].tok0 <= start {
		return false
	}
	w := d.word(d.toks[d.mentions[mi].tok0-1])
	return w == "-" || w == "–" || w == "—"
}
