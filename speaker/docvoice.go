package speaker

import "strings"

// A news story often quotes a written text by its noun: “…,” the
// statement said; “…,” read the letter. The text is no speaker: its
// author is, the person or body an earlier sentence gave the text to
// ("Lee apologised in a statement released by her lawyer", "the club
// said in a statement", "in her letter").

// documentNouns name a text that a person or body issues; written in
// lower case only ("the Post" is a newspaper).
var documentNouns = map[string]bool{
	"statement": true, "letter": true, "post": true, "message": true, "note": true,
	"email": true, "e-mail": true, "tweet": true, "memo": true, "release": true,
	"communique": true, "communiqué": true, "notice": true, "readout": true, "text": true,
}

// documentDeterminers may open the noun of a text quoted before ("the
// statement said", "that letter read").
var documentDeterminers = map[string]bool{"the": true, "that": true, "this": true}

// maxDocumentParas and maxDocumentToks bound how far back a text's author
// is looked for: three paragraphs, and a few hundred words however long
// they are, so that the search stays linear in the text.
const (
	maxDocumentParas = 3
	maxDocumentToks  = 600
)

// documentVoice returns, in news, the author of a text whose noun is the
// subject of the cue right after quotation token qt (“Q,” the statement
// said / “Q,” read the statement), or -1 when there is none.
func (d *document) documentVoice(qt int) int {
	if d.genre != GenreNews || d.endsWithPeriod(d.toks[qt].quote) {
		return -1
	}
	lo, hi := d.afterWindow(qt)
	for lo < hi && d.toks[lo].kind == tokPunct && d.word(d.toks[lo]) == "," {
		lo++
	}
	start := d.sentenceStart(qt, 0)
	if d.itCue(lo, hi) {
		n := d.recentDocumentNoun(start)
		if n < 0 {
			return -1
		}
		e := d.documentAuthor(d.info(n).lower, start) // "X added in a statement: … “Q,” it said."
		if m := d.mentionIn[lo]; e >= 0 && m >= 0 && d.mentions[m].kind == MentionPronoun && d.mentions[m].entity < 0 {
			d.bind(m, e) // "it" is the author's text: later rules see the same speaker
		}
		return e
	}
	n := d.documentSubject(lo, hi)
	if n < 0 {
		return -1
	}
	if e := d.fromAuthor(n); e >= 0 {
		return e // "“Q,” read one text from X"
	}
	return d.documentAuthor(d.info(n).lower, start)
}

// itCue reports "it" and a speech verb opening tokens [lo, hi) ("it said").
func (d *document) itCue(lo, hi int) bool {
	return lo+1 < hi && d.toks[lo].kind == tokWord && d.info(lo).lower == "it" && d.cueAt[lo+1] >= 0 &&
		!d.cues[d.cueAt[lo+1]].gerund
}

// recentDocumentNoun returns the last lower-case text noun in the
// sentence before token start ("… added in a statement: “Q” / “Q,” it
// said": "it" is the statement, or the body that issued it), or -1.
func (d *document) recentDocumentNoun(start int) int {
	if start == 0 {
		return -1
	}
	lo := d.sentenceStart(start-1, 0)
	for k := start - 1; k >= lo; k-- {
		if d.toks[k].kind == tokWord && !d.toks[k].upper && documentNouns[d.info(k).lower] {
			return k
		}
	}
	return -1
}

// documentSubject returns the token of a text's noun in a cue that opens
// tokens [lo, hi): a determiner, the noun, then the verb ("the statement
// said"), or the verb first ("read the statement"); -1 otherwise.
func (d *document) documentSubject(lo, hi int) int {
	if lo >= hi {
		return -1
	}
	noun := func(k int) bool {
		return k+1 < hi && d.toks[k].kind == tokWord && d.toks[k+1].kind == tokWord &&
			(documentDeterminers[d.info(k).lower] || d.oneTextFrom(k)) && documentNouns[d.info(k+1).lower] && !d.toks[k+1].upper
	}
	if noun(lo) {
		v := d.pastRelativeAfter(lo+2, hi)
		for n := 0; n < 2 && v < hi && d.isFiller(v); n++ {
			v++ // "the statement also said"
		}
		if v < hi && d.cueAt[v] >= 0 && !d.cues[d.cueAt[v]].gerund && !d.cues[d.cueAt[v]].according {
			return lo + 1
		}
		return -1
	}
	if ci := d.cueAt[lo]; ci >= 0 && !d.cues[ci].gerund && !d.cues[ci].according && noun(d.cues[ci].tok1) {
		return d.cues[ci].tok1 + 1
	}
	return -1
}

// documentAuthor returns the entity that issued the text last named by
// noun before token end, within maxDocumentParas paragraphs: the owner
// named before it ("her statement", "Lee's letter"), or else the subject
// of its sentence ("Lee said in a statement", "Lee apologised in a
// statement issued by her agent", "In a statement, the club said"). It
// returns -1 when there is none.
func (d *document) documentAuthor(noun string, end int) int {
	if end <= 0 {
		return -1
	}
	first := d.paraOf(end-1) - maxDocumentParas
	for k := end - 1; k > 0 && k >= end-maxDocumentToks && d.paraOf(k) >= first; k-- {
		if d.toks[k].kind != tokWord || d.toks[k].upper || d.info(k).lower != noun {
			continue
		}
		if e := d.fromAuthor(k); e >= 0 {
			return e // "a statement from the panel"
		}
		if e := d.accordingAuthor(k); e >= 0 {
			return e // "according to a readout released by her office"
		}
		if m := d.mentionIn[k]; m >= 0 && d.mentions[m].owner >= 0 && d.mentions[m].owner < len(d.mentions) {
			if o := d.mentions[m].owner; !d.calendarOwner(o) {
				return d.resolve(o) // "Lee's letter" as one description, not "Sunday's note"
			}
		} else if e := d.claimOwner(k - 1); e >= 0 {
			return e // "her statement", "Lee's statement"
		}
		lo := d.sentenceStart(k, 0)
		if e := d.sentenceSpeaker(k); e >= 0 {
			return e // "In a statement, the crew said: “…”": whoever spoke there
		}
		if !d.issuedText(k, lo) {
			if d.textSubject(k, lo) {
				continue // "The readout said …": the text met again; its author is named before
			}
			return -1 // "Lee received a letter": its reader, not its author
		}
		m := d.mainSubject(k, lo)
		if m < 0 {
			m = d.cueSubjectAfter(k, lo) // "In a statement issued by its lawyer, the firm said"
		}
		if m < 0 || d.isThing(m) {
			return -1
		}
		return d.resolve(m)
	}
	return -1
}

// cueSubjectAfter returns the subject of the first speech verb after
// token k in its sentence, which starts at token lo, or -1.
func (d *document) cueSubjectAfter(k, lo int) int {
	sent := d.toks[k].sent
	hi := k
	for hi < len(d.toks) && d.toks[hi].sent == sent {
		hi++
	}
	for j := k + 1; j < hi; j++ {
		if ci := d.cueAt[j]; ci >= 0 && !d.cues[ci].gerund && !d.cues[ci].according {
			return d.subjectOf(ci, lo, hi)
		}
	}
	return -1
}

// sentenceSpeaker returns the speaker already found for a quotation in
// the sentence of token k, or -1.
func (d *document) sentenceSpeaker(k int) int {
	sent := d.toks[k].sent
	for j := d.sentenceStart(k, 0); j < len(d.toks) && d.toks[j].sent == sent; j++ {
		if t := d.toks[j]; d.isSpeechTok(j) && d.attr[t.quote].Speaker >= 0 {
			return d.attr[t.quote].Speaker
		}
	}
	return -1
}

// textPreps may join a phrase to a text's noun before its verb ("her post
// on LinkedIn read", "the letter to members said").
var textPreps = map[string]bool{"on": true, "to": true, "in": true, "from": true, "at": true}

// documentVoiceBefore returns, in news, the author of a text whose noun is
// the subject of the cue that introduces quotation token qt ("X's post on
// LinkedIn read: “Q”", "The statement said: “Q”"): the owner before the
// noun, or the author of the same noun named before. It returns -1 when
// there is none.
func (d *document) documentVoiceBefore(qt int) int {
	if d.genre != GenreNews {
		return -1
	}
	start, end := d.beforeWindow(qt)
	c := end - 1
	if c > start && d.toks[c].kind == tokPunct && (d.word(d.toks[c]) == ":" || d.word(d.toks[c]) == ",") {
		c--
	}
	if c <= start || d.cueAt[c] < 0 || d.cues[d.cueAt[c]].tok1 != c+1 || d.cues[d.cueAt[c]].gerund {
		return -1
	}
	return d.textAuthor(d.textNounBefore(d.cues[d.cueAt[c]].tok0, start))
}

// textAuthor returns the author of the text whose noun is token n (-1:
// none): the owner before the noun ("Lee's post", "her letter"), or the
// author of the same noun named before ("the statement"); -1 when there is
// none.
func (d *document) textAuthor(n int) int {
	if n < 0 {
		return -1
	}
	if m := d.mentionIn[n]; m >= 0 && d.mentions[m].owner >= 0 && d.mentions[m].owner < len(d.mentions) {
		return d.resolve(d.mentions[m].owner)
	}
	if e := d.claimOwner(n - 1); e >= 0 {
		return e
	}
	if documentDeterminers[d.info(n-1).lower] {
		return d.documentAuthor(d.info(n).lower, d.sentenceStart(n, 0))
	}
	return -1
}

// textNounBefore returns the token of a lower-case text noun that is the
// subject of the verb at token v: right before it (past a relative clause
// in commas: "the post, which was later deleted, said"), or before a short
// phrase opened by one of textPreps that names a place or outlet, no
// person ("post on LinkedIn"); -1 otherwise.
func (d *document) textNounBefore(v, lo int) int {
	v = d.pastRelativeClause(v, lo)
	for k := v - 1; k > lo && k >= v-5; k-- {
		t := d.toks[k]
		if t.kind != tokWord || d.cueAt[k] >= 0 {
			return -1
		}
		if !t.upper && documentNouns[d.info(k).lower] {
			if k == v-1 || textPreps[d.info(k+1).lower] && d.outletPhrase(k+2, v) {
				return k
			}
			return -1
		}
	}
	return -1
}

// outletPhrase reports tokens [lo, hi) after a preposition that name a
// platform, outlet or place: capitalised words and determiners only, and
// no person among them ("on LinkedIn", "on its Facebook page" fails on
// "page", "from Ann Lee" on the person).
func (d *document) outletPhrase(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for j := lo; j < hi; j++ {
		if !d.toks[j].upper && !d.is(j, wDeterminer) {
			return false
		}
		if m := d.mentionIn[j]; m >= 0 && d.mentions[m].kind == MentionName && d.mentions[m].ekind == Person {
			return false // a given name and surname, or a titled name
		}
	}
	return true
}

// pastRelativeClause returns the token of the comma that opens a relative
// clause closed by a comma right before token v ("…, which was later
// deleted, said"), reading no further left than lo and over at most 12
// tokens; v itself when there is none.
func (d *document) pastRelativeClause(v, lo int) int {
	if v-1 <= lo || d.word(d.toks[v-1]) != "," {
		return v
	}
	for k := v - 2; k > lo && k >= v-14; k-- {
		t := d.toks[k]
		if t.kind == tokQuote || t.sent != d.toks[v].sent {
			return v
		}
		if t.kind == tokPunct && d.word(t) == "," && !d.digitComma(k) {
			if w := d.info(k + 1).lower; d.toks[k+1].kind == tokWord && (w == "which" || w == "that") {
				return k
			}
			return v
		}
	}
	return v
}

// digitComma reports a comma at token k that groups the digits of a number
// ("4,000").
func (d *document) digitComma(k int) bool {
	if k < 1 || k+1 >= len(d.toks) {
		return false
	}
	a, c, b := d.toks[k-1], d.toks[k], d.toks[k+1]
	return a.End == c.Start && c.End == b.Start && isDigits(d.word(a)) && isDigits(d.word(b))
}

// pastRelativeAfter returns the token after the comma that closes a
// relative clause opened by a comma at token k ("the statement, which she
// signed, said"), reading no further than hi and over at most 12 tokens;
// k itself when there is none.
func (d *document) pastRelativeAfter(k, hi int) int {
	if k+1 >= hi || d.word(d.toks[k]) != "," || d.toks[k+1].kind != tokWord {
		return k
	}
	if w := d.info(k + 1).lower; w != "which" && w != "that" {
		return k
	}
	for j := k + 2; j < hi && j <= k+14; j++ {
		t := d.toks[j]
		if t.kind == tokQuote || t.sent != d.toks[k].sent {
			return k
		}
		if t.kind == tokPunct && d.word(t) == "," && !d.digitComma(j) {
			return j + 1
		}
	}
	return k
}

// fromAuthor returns the entity named right after the text noun at token
// k by "from" or "by" ("a statement from the panel", "a letter by Ann
// Lee"), past the words of a role before a name ("from board member Ann
// Lee"), or -1.
func (d *document) fromAuthor(k int) int {
	j := k + 1
	if j+1 >= len(d.toks) || d.toks[j].kind != tokWord || d.info(j).lower != "from" && d.info(j).lower != "by" {
		return -1
	}
	m := d.mentionIn[j+1]
	if m < 0 || d.mentions[m].tok0 != j+1 {
		m = d.nameAfterModifiers(j+1, min(len(d.toks), j+8)) // "from board member Owen Lusk"
	}
	if m < 0 || d.mentions[m].tok0 < j+1 || !d.canSpeak(m) || d.mentions[m].kind == MentionPronoun {
		return -1
	}
	return d.resolve(m)
}

// calendarOwner reports an owner mention whose last word is a day or month
// ("Sunday's note"): a date, not an author.
func (d *document) calendarOwner(o int) bool {
	w := d.word(d.toks[d.mentions[o].tok1-1])
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	return isCalendarWord(w)
}

// issuingVerbs take as object a text that their subject wrote ("sent a
// letter", "issued a statement", "deleted a post").
var issuingVerbs = map[string]bool{
	"issued": true, "issues": true, "released": true, "releases": true, "sent": true, "sends": true,
	"posted": true, "posts": true, "published": true, "publishes": true, "wrote": true, "writes": true,
	"put": true, "shared": true, "shares": true, "signed": true, "signs": true, "tweeted": true,
	"emailed": true, "circulated": true, "distributed": true, "delivered": true, "penned": true,
	"deleted": true, "deletes": true, "drafted": true,
}

// issuedText reports that the text noun at token k is given out by the
// subject of its sentence, which starts at token lo: the object of "in"
// or "through" ("said in a statement"), or of an issuing verb ("sent a
// letter", "issued a short statement"), past a determiner and up to two
// modifiers.
func (d *document) issuedText(k, lo int) bool {
	j := k - 1
	for n := 0; n < 3 && j > lo && d.toks[j].kind == tokWord && !d.toks[j].upper && !d.is(j, wDeterminer) &&
		!issuingVerbs[d.info(j).lower] && !objectFollowers[d.info(j).lower]; n++ {
		j-- // "a short, written" modifiers
	}
	if j > lo && d.is(j, wDeterminer) {
		j--
	}
	if j < lo || d.toks[j].kind != tokWord {
		return false
	}
	w := d.info(j).lower
	return w == "in" || w == "through" || w == "via" || issuingVerbs[w] || d.cueAt[j] >= 0
}
