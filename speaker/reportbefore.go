package speaker

import "github.com/quoteattr/quoteattr/quote"

// reportedBefore finds, in news, the speaker of a quotation of full
// sentences that opens its sentence right after a sentence of reported
// speech in the same paragraph ("Ada Moss says the mill has been quiet
// since May. “Nobody knows …”"): the subject of that sentence's first
// speech verb, when the subject opens the sentence and the sentence
// quotes nothing. It returns -1, -1 when there is none.
func (d *document) reportedBefore(q, qt int) (mention, cueIndex int) {
	lo, _ := d.paraBounds(qt)
	if d.genre == GenreFiction || d.kinds[q] != quote.Direct || qt == lo || d.toks[qt-1].sent == d.toks[qt].sent {
		return -1, -1
	}
	start := d.sentenceStart(qt-1, lo)
	for k := start; k < qt; k++ {
		if d.isSpeechTok(k) {
			return -1, -1 // the sentence quotes or names a quotation of its own
		}
	}
	for k := start; k < qt && k < start+12; k++ {
		ci := d.cueAt[k]
		if ci < 0 || d.cues[ci].according || d.cues[ci].gerund {
			continue
		}
		mi := d.subjectOf(ci, start, qt)
		if mi < 0 || d.isThing(mi) || !d.opensClause(d.mentions[mi].tok0, start) {
			return -1, -1
		}
		return mi, ci
	}
	return -1, -1
}
