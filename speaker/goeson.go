package speaker

// goingOn are the lemmas of speech verbs by which a speaker goes on
// ("he added", "she went on"): the one who spoke last speaks again.
var goingOn = map[string]bool{"add": true, "continue": true, "go on": true, "resume": true, "repeat": true}

// goesOn returns the last speaker of the conversation when quotation q's
// pronoun cue m says that its speaker goes on ("…," he added.) and that
// speaker fits the pronoun and was heard within two paragraphs, with no
// line of speech ending the paragraph before; -1 otherwise.
func (d *document) goesOn(q int, pc pendingCue, m mention, g *dialogue) int {
	if pc.cue < 0 || !goingOn[d.cues[pc.cue].lemma] || m.kind != MentionPronoun || m.person != 3 {
		return -1
	}
	if g.last < 0 || d.quotePara[q] > g.lastPara+2 || !d.fits(m, g.last) || g.last == d.vocativeIn(q) {
		return -1
	}
	if p := d.quotePara[q]; p > g.lastPara && d.endsWithSpeech(p-1) {
		return -1 // after another line of speech, "he continued" resumes an earlier speaker
	}
	return g.last
}

// endsWithSpeech reports paragraph p ending with a quotation rather than
// narration.
func (d *document) endsWithSpeech(p int) bool {
	k := d.paraTok[p+1] - 1
	for k >= d.paraTok[p] && d.toks[k].kind == tokPunct {
		k--
	}
	return k >= d.paraTok[p] && d.toks[k].kind == tokQuote
}
