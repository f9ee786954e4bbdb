package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
	"github.com/quoteattr/quoteattr/quote"
)

// fillers are words that may stand between a speaker and its verb ("Kerry
// also said", "she had said", "he later told").
var fillers = map[string]bool{
	"also": true, "then": true, "later": true, "again": true, "has": true, "had": true,
	"have": true, "was": true, "were": true, "is": true, "are": true, "would": true,
	"will": true, "could": true, "did": true, "does": true, "do": true, "just": true,
	"once": true, "previously": true, "recently": true, "earlier": true, "further": true,
	"only": true, "even": true, "still": true, "often": true, "never": true, "now": true,
	"first": true, "finally": true, "simply": true, "quickly": true, "quietly": true,
	"has been": true, "might": true, "may": true, "should": true, "can": true, "who": true,
	"not": true, "both": true, "all": true, "each": true, "themselves": true, "himself": true, "herself": true,
}

// isFiller reports a word that may sit between a subject and its verb:
// an auxiliary, a frequent adverb or any word in -ly.
func (d *document) isFiller(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || t.upper {
		return false
	}
	w := strings.ToLower(d.word(t))
	return fillers[w] || (strings.HasSuffix(w, "ly") && len(w) > 4)
}

// mentionEndingAt returns the mention whose last token is k, or -1.
func (d *document) mentionEndingAt(k int) int {
	if k < 0 || k >= len(d.toks) {
		return -1
	}
	m := d.mentionIn[k]
	if m >= 0 && d.mentions[m].tok1 == k+1 {
		return m
	}
	return -1
}

// subjectBefore returns the mention that is the subject of the verb at
// token c, reading left but not before token lo: the mention right before
// the verb, past fillers ("Kerry also said"), or before an apposition
// ("Jane Doe, a spokeswoman for the agency, said"). It returns -1 when
// there is none.
func (d *document) subjectBefore(c, lo int) int {
	if c-1 >= lo && d.toks[c-1].kind == tokWord && d.info(c-1).lower == "to" {
		return d.infinitiveSubject(c-1, lo)
	}
	if m := d.sourceBefore(c-1, lo); m >= 0 {
		return m // "a source close to the family said": "family" is no adverb
	}
	k := c - 1
	for n := 0; n < 3 && k >= lo && d.isFiller(k); n++ {
		k--
	}
	k = d.beforeBrackets(k, lo)
	if k < lo {
		return -1
	}
	if m := d.sourceBefore(k, lo); m >= 0 {
		return m // "a person familiar with the talks also said"
	}
	if m := d.mentionEndingAt(k); m >= 0 && (d.canSpeak(m) || d.mentions[m].place) {
		if h, ok := d.headBeforeAgent(m, lo); ok {
			return h // "a letter obtained by the paper says": the letter says it
		}
		if h := d.headBeforeOf(m, lo); h >= 0 {
			for n := 0; n < 2; n++ {
				if hh := d.headBeforeOf(h, lo); hh >= 0 {
					h = hh // "Bishop Ann Glas of the Patriarchate of Jerusalem"
				}
			}
			return d.nameBeforeRole(h, lo) // "Ann Glas of the Brookings Institution said": the head, not its place of work
		}
		if d.canSpeak(m) {
			return d.nameBeforeRole(m, lo)
		}
	}
	switch strings.ToLower(d.word(d.toks[k])) {
	case ",":
		if k+1 < c && strings.EqualFold(d.word(d.toks[k+1]), "who") {
			if m := d.mentionEndingAt(k - 1); m >= 0 && k-1 >= lo && d.canSpeak(m) {
				return m // "Pardo, who said he would not vote": the relative clause's subject
			}
		}
		return d.beforeApposition(k, lo)
	case "and", "but":
		if m := d.sentenceSubject(k, lo); m >= 0 || k > lo {
			return m // "McConnell embraced him and said …"
		}
		return d.subjectPastFragment(k) // `hits Clinton for taking “Q1” and claims that “Q2”`
	}
	if m := d.beforeParticiple(k, lo); m >= 0 {
		return m
	}
	return d.beforeAdverbial(k, lo)
}

// participleTimes are words of a time phrase that may follow a participle
// ("released last week", "sent on Monday"), besides calendar words.
var participleTimes = map[string]bool{
	"on": true, "last": true, "this": true, "earlier": true, "late": true, "early": true,
	"week": true, "month": true, "year": true, "yesterday": true, "today": true,
}

// irregularParticiples are past participles that do not end in -ed and
// often qualify a document or message ("a letter sent Monday").
var irregularParticiples = map[string]bool{
	"sent": true, "written": true, "made": true, "shown": true, "given": true, "taken": true,
	"held": true, "put": true, "found": true, "drawn": true, "brought": true, "built": true,
	"cast": true, "set": true, "read": true, "run": true, "seen": true, "struck": true,
}

// isParticiple reports a past participle: a word in -ed or an irregular
// one.
func isParticiple(w string) bool {
	return irregularParticiples[w] || strings.HasSuffix(w, "ed") && len(w) > 3
}

// beforeParticiple finds a subject qualified by a participle and a time
// phrase that end at token k ("A campaign ad released Thursday accuses",
// "a letter sent last week says"): the mention before the participle, or
// -1.
func (d *document) beforeParticiple(k, lo int) int {
	j := k
	for ; j >= lo && j > k-3; j-- {
		t := d.toks[j]
		if t.kind != tokWord || !participleTimes[d.info(j).lower] && !isCalendarWord(d.word(t)) {
			break
		}
	}
	if j == k || j-1 < lo || d.toks[j].kind != tokWord || d.toks[j].upper || !isParticiple(d.info(j).lower) {
		return -1
	}
	if m := d.mentionEndingAt(j - 1); m >= 0 && d.canSpeak(m) && d.mentions[m].kind != MentionPronoun {
		return m
	}
	return -1
}

// beforeBrackets returns the token before a short bracketed aside that
// ends at token k ("Sen. Ann Lee (R-Tex.) said", "Ann Lee (D) said"), or
// k when there is none.
func (d *document) beforeBrackets(k, lo int) int {
	if k < lo || d.word(d.toks[k]) != ")" {
		return k
	}
	for j := k - 1; j >= lo && j >= k-6; j-- {
		switch d.word(d.toks[j]) {
		case "(":
			return j - 1
		case ")", ",", ";", ":":
			return k
		}
		if d.toks[j].kind == tokQuote {
			return k
		}
	}
	return k
}

// headBeforeAgent reports whether mention m is the agent of a participle
// ("a letter obtained by the paper"), and returns the description the
// participle qualifies, or -1 when none stands right before it.
func (d *document) headBeforeAgent(m, lo int) (int, bool) {
	k := d.mentions[m].tok0 - 1
	if k-1 < lo || d.toks[k].kind != tokWord || d.info(k).lower != "by" ||
		d.toks[k-1].kind != tokWord || d.toks[k-1].upper || !strings.HasSuffix(d.info(k-1).lower, "ed") {
		return -1, false
	}
	h := d.mentionEndingAt(k - 2)
	if h < 0 || k-2 < lo || !d.canSpeak(h) || d.mentions[h].kind == MentionPronoun {
		return -1, true
	}
	return h, true
}

// nameBeforeRole returns, in news, the name before a description in
// apposition whose closing comma is missing ("Sam Lau, the party's
// spokesman said"): the name and its comma right before description m.
// Otherwise it returns m.
func (d *document) nameBeforeRole(m, lo int) int {
	x := d.mentions[m]
	k := x.tok0 - 1
	if d.genre == GenreFiction || x.kind != MentionNominal || k-1 < lo || d.word(d.toks[k]) != "," {
		return m
	}
	n := d.mentionEndingAt(k - 1)
	if n < 0 || d.mentions[n].kind != MentionName || d.mentions[n].place || !d.canSpeak(n) ||
		!d.startsSentence(d.mentions[n].tok0) {
		return m
	}
	return n
}

// headLinks join a speaker to the body it works for: "of" everywhere, and
// in news "at", "for", "with" and "in" ("doctors at the hospital", "a
// lawyer for the firm", "analysts with the bank", "an official in the
// ministry").
var headLinks = map[string]bool{"of": true, "at": true, "for": true, "with": true, "in": true}

// headBeforeOf returns the mention that mention m qualifies after "of"
// ("Ann Glas of Harvard", "the mayor of Paris") or another head link,
// when that mention can speak and is no pronoun, or -1.
func (d *document) headBeforeOf(m, lo int) int {
	k := d.pastClassNouns(d.mentions[m].tok0-1, lo)
	if k >= lo && d.toks[k].kind == tokWord && d.info(k).lower == "the" {
		k--
	}
	if k-1 < lo || d.toks[k].kind != tokWord || !headLinks[d.info(k).lower] {
		return -1
	}
	if d.info(k).lower != "of" && d.genre == GenreFiction {
		return -1
	}
	h := d.mentionEndingAt(k - 1)
	if h < 0 || !d.canSpeak(h) || d.mentions[h].kind == MentionPronoun {
		return -1
	}
	return h
}

// infinitiveSubject returns who does the verb of an infinitive whose
// "to" is token k: the object of the verb before it when there is one
// ("prompted Pellow to call", "asked the mayor to say"), else that verb's
// subject ("Pellow refused to say", "Pellow went on to call"); -1 when neither
// is found.
func (d *document) infinitiveSubject(k, lo int) int {
	if d.genre == GenreFiction {
		return -1 // "he loved to call it …" names a thing in a novel's narration
	}
	if m := d.mentionEndingAt(k - 1); m >= 0 && k-1 >= lo && d.canSpeak(m) && d.mentions[m].kind != MentionPronoun {
		return m
	}
	v := k - 1
	if v >= lo && d.toks[v].kind == tokWord && !d.toks[v].upper && (d.info(v).lower == "on" || d.info(v).lower == "up") {
		v-- // "went on to", "stepped up to"
	}
	if v < lo || d.toks[v].kind != tokWord || d.toks[v].upper || d.mentionIn[v] >= 0 {
		return -1
	}
	if !looksFinite(d.info(v).lower) && !d.afterBe(v, lo) {
		return -1 // "the chance to say" has no subject here
	}
	if m := d.subjectBefore(v, lo); m >= 0 {
		return m
	}
	return -1
}

// afterBe reports an adjective after a form of "be" at token v ("was
// quick to add"), whose subject also does the infinitive.
func (d *document) afterBe(v, lo int) bool {
	if v-1 < lo || d.toks[v-1].kind != tokWord {
		return false
	}
	switch d.info(v - 1).lower {
	case "was", "is", "were", "are", "been":
		return true
	}
	return false
}

// looksFinite reports a word that may be the finite verb before an
// infinitive ("refused", "wants", "went"): a past or third-person form,
// not an adjective ("was right to urge").
func looksFinite(w string) bool {
	switch w {
	case "went", "began", "chose", "sought", "came", "got":
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ts"))
}

// sentenceSubject returns the subject of the clause that "and" at token
// k continues ("Cruz knocked Rubio on trade and called him …"): going
// left, the first mention that can speak and stands where a subject does
// (at the start of the sentence, after punctuation or a word that opens a
// clause), not after a verb or a preposition as an object does, nor
// after a subordinator whose clause a comma closes before "and" ("She
// frowned when he spoke, and said …" goes on with her; "when Cruz knocked
// Rubio and called him …" with Cruz).
func (d *document) sentenceSubject(k, lo int) int {
	sent := d.toks[k].sent
	for j := k - 1; j >= lo && d.toks[j].sent == sent && d.toks[j].kind != tokQuote; j-- {
		m := d.mentionIn[j]
		if m < 0 || d.mentions[m].tok0 != j || !d.canSpeak(m) {
			continue
		}
		if d.opensClause(j, lo) && !(j > lo && subordinators[d.info(j-1).lower] && d.commaIn(j, k)) {
			return d.nameAfterRole(m)
		}
	}
	return -1
}

// commaIn reports a comma among tokens [lo, hi).
func (d *document) commaIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokPunct && d.word(d.toks[k]) == "," {
			return true
		}
	}
	return false
}

// nameAfterRole returns the name that a name and a lower-case role
// qualify ("Party spokesman Tom Birch", "Campaign manager Ann Lee",
// "Saltmarsh Wanderers goalkeeper Ivo Prentiss"), the subject of their
// sentence; else it returns m.
func (d *document) nameAfterRole(m int) int {
	mm := d.mentions[m]
	if n := d.mentionIn[min(mm.tok1, len(d.toks)-1)]; n >= 0 && n != m && d.roleBeforeName(m, n) {
		return n // "The cellist Orla Venn cancelled …": the name after the role
	}
	if mm.kind != MentionName {
		return m
	}
	for k := mm.tok1; k < mm.tok1+3 && k < len(d.toks) && d.toks[k].kind == tokWord; k++ {
		if n := d.mentionIn[k]; k > mm.tok1 || !d.toks[k].upper {
			if n >= 0 && d.mentions[n].tok0 == k && d.mentions[n].kind == MentionName && d.canSpeak(n) {
				return n // the role may open the name's mention: "manager Tom Birch"
			}
		}
		if _, ok := lexicon.LookupTitle(d.info(k).lower); d.toks[k].upper || !ok && !d.is(k, wNominal) {
			return m
		}
	}
	return m
}

// subjectPastFragment is sentenceSubject for an "and" at token k that
// follows a quoted fragment, which bounds the window: it reads on to the
// sentence's start in the paragraph, past fragments but not past speech.
func (d *document) subjectPastFragment(k int) int {
	lo, _ := d.paraBounds(k)
	if k-1 < lo || d.toks[k-1].kind != tokQuote {
		return -1
	}
	from := k
	for from > lo && d.toks[from-1].sent == d.toks[k].sent &&
		(d.toks[from-1].kind != tokQuote || d.kinds[d.toks[from-1].quote] != quote.Direct) {
		from--
	}
	return d.sentenceSubjectOver(k, from)
}

// sentenceSubjectOver is sentenceSubject reading left from token k to lo
// past quoted fragments.
func (d *document) sentenceSubjectOver(k, lo int) int {
	sent := d.toks[k-1].sent
	for j := k - 1; j >= lo && d.toks[j].sent == sent; j-- {
		m := d.mentionIn[j]
		if d.toks[j].kind == tokQuote || m < 0 || d.mentions[m].tok0 != j || !d.canSpeak(m) {
			continue
		}
		if d.opensClause(j, lo) || j > lo && relativeWords[d.info(j-1).lower] {
			return m // "which Lee had called “Q1” and promised to “Q2”"
		}
	}
	return -1
}

// relativeWords open a relative clause whose subject follows them.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// clauseOpeners are words after which a clause, and so its subject,
// begins.
var clauseOpeners = map[string]bool{
	"when": true, "as": true, "while": true, "that": true, "because": true, "after": true,
	"before": true, "since": true, "although": true, "though": true, "if": true, "once": true,
	"whereas": true, "until": true, "so": true, "but": true, "and": true,
}

// opensClause reports whether token j stands at the start of a clause.
func (d *document) opensClause(j, lo int) bool {
	if j == lo || j == 0 || d.toks[j-1].sent != d.toks[j].sent {
		return true
	}
	prev := d.toks[j-1]
	switch prev.kind {
	case tokQuote:
		return true
	case tokPunct:
		return true
	}
	w := strings.ToLower(d.word(prev))
	if prepositionOpeners[w] && d.prepositionObject(j) {
		return false // "promoted him as the winner of the debates and …": no clause
	}
	return clauseOpeners[w]
}

// prepositionOpeners are clause openers that are prepositions too ("as
// the winner", "after the vote").
var prepositionOpeners = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true}

// objectFollowers are words that follow a preposition's object but never
// a clause's subject, which a verb follows.
var objectFollowers = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "at": true, "to": true, "with": true,
	"from": true, "and": true, "or": true, "about": true,
}

// prepositionObject reports whether the mention at token j is the object
// of a preposition before it rather than a clause's subject: the word
// after it belongs to a noun phrase ("as the winner of …").
func (d *document) prepositionObject(j int) bool {
	m := d.mentionIn[j]
	if m < 0 {
		return false
	}
	k := d.mentions[m].tok1
	return k < len(d.toks) && d.toks[k].kind == tokWord && objectFollowers[d.info(k).lower]
}

// adverbialOpeners start a short phrase of time or place that may stand
// between a speaker and the verb ("Sanders on Wednesday urged",
// "Kerry in an interview said").
var adverbialOpeners = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "last": true, "this": true,
	"earlier": true, "late": true, "early": true, "over": true, "after": true,
	"before": true, "via": true, "through": true, "yesterday": true, "today": true,
}

// beforeAdverbial finds a subject separated from its verb by a short
// adverbial phrase ending at token k: at most five words, no punctuation,
// opening with a preposition or a word of time.
func (d *document) beforeAdverbial(k, lo int) int {
	for j := k; j >= lo && j > k-5; j-- {
		t := d.toks[j]
		if t.kind != tokWord {
			return -1
		}
		if !adverbialOpeners[strings.ToLower(d.word(t))] {
			continue
		}
		if m := d.mentionEndingAt(j - 1); m >= 0 && j-1 >= lo && d.canSpeak(m) {
			return m
		}
	}
	return -1
}

// beforeApposition finds the mention before an apposition that ends with
// the comma at token k ("Daniel Reyes, the union's president, said").
//
// An apposition of more than 20 tokens ("X, a judge who sat … before she
// joined …, said") counts in news only when the mention before it opens
// the sentence.
func (d *document) beforeApposition(k, lo int) int {
	span := 20
	if d.genre != GenreFiction {
		span = 40
	}
	for j := k - 1; j >= lo && j > k-span; j-- {
		t := d.toks[j]
		if t.kind == tokQuote || t.sent != d.toks[k].sent {
			return -1
		}
		if t.kind == tokPunct && d.word(t) == "," {
			e := d.beforeBrackets(j-1, lo) // "Sen. Ann Lee (R-Tex.), a candidate, said"
			m := d.mentionEndingAt(e)
			if n := d.appositeName(j, k); n >= 0 && (m < 0 || d.prepositionBefore(m) || d.mentions[m].kind == MentionNominal || d.headBeforeOf(m, lo) >= 0) {
				return n // "the mayor of Port Ellis, Dana Quill, said", "a union organiser, Marek Pellow, said"
			}
			if m < 0 || !d.canSpeak(m) || e < lo || k-j >= 20 && !d.startsSentence(d.mentions[m].tok0) {
				return -1
			}
			if h := d.headBeforeOf(m, lo); h >= 0 {
				return h // "the family of Ann Lee, 34, said": the head speaks, not the one it names
			}
			return m
		}
	}
	return -1
}

// appositeName returns the name that alone fills the tokens between the
// commas at tokens a and b, after an age if any, in news; -1 otherwise.
func (d *document) appositeName(a, b int) int {
	if d.genre == GenreFiction || a+1 >= b {
		return -1
	}
	first := a + 1
	if first+1 < b && isAgeWord(d.info(first).lower) {
		first++ // "one victim, 84-year-old Dora Kell, said"
	}
	n := d.mentionIn[first]
	if n < 0 || d.mentions[n].tok0 != first || d.mentions[n].tok1 != b || d.mentions[n].kind != MentionName ||
		d.mentions[n].place || !d.canSpeak(n) {
		return -1
	}
	return n
}

// prepositionBefore reports a mention that is the object of a preposition
// ("the mayor of Port Ellis"), so not the subject of a verb.
func (d *document) prepositionBefore(m int) bool {
	k := d.mentions[m].tok0 - 1
	if k >= 0 && d.toks[k].kind == tokWord && d.is(k, wDeterminer) {
		k--
	}
	return k >= 0 && d.toks[k].kind == tokWord && objectFollowers[d.info(k).lower] && d.info(k).lower != "and"
}

// subjectAfter returns the mention right after the verb at token c, for
// the inverted order ("said Kerry", "said the ferryman", "said he"), but
// not at or after token hi; -1 when there is none.
func (d *document) subjectAfter(c, hi int) int {
	k := d.cues[d.cueAt[c]].tok1
	for n := 0; n < 2 && k < hi && d.isFiller(k); n++ {
		k++
	}
	if k >= hi {
		return -1
	}
	if d.toks[k].kind == tokWord && d.is(k, wDeterminer) && k+1 < hi && d.mentionIn[k] < 0 {
		k++ // "said a New Hampshire Republican"
	}
	m := d.mentionIn[k]
	if m >= 0 && d.mentions[m].tok0 == k && d.mentions[m].kind == MentionNominal {
		if ni := d.appositiveName(m, hi); ni >= 0 && d.canSpeak(m) {
			return ni // "said a former official, Ann Lee,"
		}
	}
	if n := d.nameAfterModifiers(k, hi); n >= 0 && (m < 0 || d.mentions[m].kind == MentionName || d.roleBeforeName(m, n)) {
		return n // "said former Ohio governor Pat Dunne", "said Obama adviser David Axelrod"
	}
	if m < 0 || d.mentions[m].tok0 != k || !d.canSpeak(m) {
		return -1
	}
	return m
}

// nameAfterModifiers returns the name that ends a run of modifiers
// starting at token k, as in "said former Ohio governor Pat Dunne" or
// "said campaign adviser Dan Miller": capitalised words, role nouns and
// words such as "former", at most seven tokens and no punctuation. The
// run's last name that can speak wins, so the adviser is chosen over the
// candidate he advises; -1 when the run holds no such name.
func (d *document) nameAfterModifiers(k, hi int) int {
	best := -1
	for j := k; j < hi && j < k+7; {
		t := d.toks[j]
		if t.kind != tokWord {
			break
		}
		if mi := d.mentionIn[j]; mi >= 0 && d.mentions[mi].tok0 == j {
			if d.mentions[mi].kind == MentionName && d.canSpeak(mi) && !d.mentions[mi].place {
				best = mi
			}
			j = d.mentions[mi].tok1
			continue
		}
		if !t.upper && !roleModifier(d.info(j).lower) && !d.is(j, wNominal) && !d.nounBeforeRole(j, hi) {
			break
		}
		j++
	}
	return best
}

// nounBeforeRole reports a lower-case content word at token k that
// qualifies the role noun right after it ("said bakery owner Tessa
// Marlow", "said parish priest Tom Ade"), in news only.
func (d *document) nounBeforeRole(k, hi int) bool {
	if d.genre == GenreFiction || k+1 >= hi || d.toks[k+1].kind != tokWord {
		return false
	}
	if d.is(k, wStop) || d.is(k, wDeterminer) || d.is(k, wVerb) {
		return d.roleOf(k, hi) // "master of ceremonies Dolan Perrick"
	}
	if d.toks[k+1].upper {
		return d.roleOf(k-1, hi)
	}
	return d.is(k+1, wNominal) || d.roleOf(k+1, hi)
}

// roleOf reports an "of" at token k between two lower-case words, as in a
// role named by a phrase ("head of security", "master of ceremonies").
func (d *document) roleOf(k, hi int) bool {
	if k < 1 || k+1 >= hi || d.toks[k].kind != tokWord || d.info(k).lower != "of" {
		return false
	}
	for _, j := range [2]int{k - 1, k + 1} {
		if d.toks[j].kind != tokWord || d.toks[j].upper || d.is(j, wStop) || d.is(j, wDeterminer) {
			return false
		}
	}
	return true
}

// roleModifiers qualify a role before a name ("former", "longtime").
var roleModifiers = map[string]bool{
	"former": true, "longtime": true, "veteran": true, "retired": true, "outgoing": true,
	"incoming": true, "acting": true, "interim": true, "current": true, "fellow": true,
	"top": true, "senior": true, "chief": true, "deputy": true, "assistant": true,
	"campaign": true, "party": true, "state": true, "federal": true, "city": true,
	"county": true, "then": true, "later": true, "late": true,
}

// roleModifier reports a lower-case word that may stand in a role before
// a name: a listed modifier or a "then-"/"ex-" compound.
func roleModifier(w string) bool {
	return roleModifiers[w] || strings.HasPrefix(w, "then-") || strings.HasPrefix(w, "ex-")
}

// canSpeak reports whether a mention may be a speaker: a person,
// organisation or group, a subject pronoun, or a name of unknown kind; not
// a bare place name.
func (d *document) canSpeak(m int) bool {
	x := d.mentions[m]
	if x.kind == MentionPronoun {
		return x.subject
	}
	if x.place && x.kind == MentionName {
		// A place speaks only as the surname of a person named in full
		// ("Mark Cuban" ... "Cuban said"), or in news for its government.
		return x.entity >= 0 && d.entities[x.entity].kind == Person && d.entities[x.entity].size > 1 || d.placeSpeaks(m)
	}
	return true
}

// subjectOf returns the subject mention of cue c: before the verb, or
// after it when inverted, within tokens [lo, hi). A gerund ("adding") takes
// the subject of the sentence's main clause.
func (d *document) subjectOf(ci, lo, hi int) int {
	c := d.cues[ci]
	if c.according {
		return d.subjectAfter(c.tok0, hi)
	}
	if c.gerund {
		if m := d.quotedAsSubject(c.tok0, lo); m >= 0 {
			return m // "the agency quoted an official as saying …"
		}
		if m := d.mentionEndingAt(c.tok0 - 1); m >= 0 && c.tok0-1 >= lo && d.canSpeak(m) && d.absoluteSubject(m, lo) {
			return m // "with Senator John McCain telling reporters …"
		}
		if m := d.progressiveSubject(c.tok0, lo); m >= 0 && d.genre == GenreFiction {
			return m // "all the while Tom was saying to himself, …"
		}
		if d.genre == GenreFiction && d.introducesQuote(ci, hi) {
			if m := d.gerundSubject(c.tok0, lo); m >= 0 {
				return m
			}
		}
		return d.mainSubject(c.tok0, d.pastFragments(lo))
	}
	if h := d.havingBefore(c.tok0, lo); h >= 0 {
		return d.mainSubject(h, d.pastFragments(lo)) // "Lee erred, having called him “Q”"
	}
	if m := d.subjectBefore(c.tok0, lo); m >= 0 {
		return m
	}
	if !d.invertible(c.tok0, lo) {
		return -1
	}
	m := d.subjectAfter(c.tok0, hi)
	if m >= 0 && d.beforeFiniteVerb(d.mentions[m].tok1, hi) {
		// "X, a contestant who …, said his boss was “Q”": the noun after
		// the verb opens the reported clause; the subject is further left.
		return d.mainSubject(c.tok0, lo)
	}
	return m
}

// havingBefore returns the "having" before the verb at token c, past at
// most two adverbs ("having once called", "having repeatedly said"), but
// not at or before token lo; -1 when there is none.
func (d *document) havingBefore(c, lo int) int {
	h := c - 1
	for n := 0; n < 2 && h > lo && d.isFiller(h); n++ {
		h--
	}
	if h > lo && d.toks[h].kind == tokWord && d.info(h).lower == "having" {
		return h
	}
	return -1
}

// beforeFiniteVerb reports an auxiliary or a form of "be" or "have" at
// token k, before hi: the mention ending before k is the subject of a
// clause of its own ("said his boss was", "said Perez could").
func (d *document) beforeFiniteVerb(k, hi int) bool {
	if k >= hi || d.toks[k].kind != tokWord {
		return false
	}
	switch d.info(k).lower {
	case "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can",
		"should", "must", "might", "may", "did", "does", "do":
		return true
	}
	return false
}

// pastDateline returns the token after a news dateline that opens tokens
// [lo, hi) ("WASHINGTON (AP) —", "Paris, France (Reuters) -"): capitalised
// words, commas and a bracketed agency, then a dash. It returns lo when
// there is none, so the agency is not taken for the sentence's subject.
func (d *document) pastDateline(lo, hi int) int {
	bracket := false
	for k := lo; k < hi && k < lo+10; k++ {
		t := d.toks[k]
		w := d.word(t)
		switch {
		case t.kind == tokWord && (t.upper || isDigits(w)):
		case w == "(" || w == ")":
			bracket = true
		case w == ",":
		case isDash(w) && k > lo:
			if bracket {
				return k + 1
			}
			return lo
		default:
			return lo
		}
	}
	return lo
}

// absoluteSubject reports a mention right before a gerund that is the
// gerund's own subject: after "with" or "without", or opening its clause
// ("Kerry telling reporters …"); not the object of the verb before it
// ("emailed supporters saying").
func (d *document) absoluteSubject(m, lo int) bool {
	k := d.mentions[m].tok0
	if k-1 >= lo && d.toks[k-1].kind == tokWord {
		if w := d.info(k - 1).lower; w == "with" || w == "without" {
			return true
		}
	}
	return d.opensClause(k, lo)
}

// pastFragments moves window start lo back over the quoted fragments
// (partial quotations and terms) of its sentence, to the sentence's start
// or a quotation of full sentences: a gerund late in the sentence ("Gore
// insisted it was “premature” …, while adding …") takes the subject
// of the whole sentence.
func (d *document) pastFragments(lo int) int {
	if lo >= len(d.toks) {
		return lo
	}
	plo, _ := d.paraBounds(lo)
	sent := d.toks[lo].sent
	passed := 0
	for lo > plo && d.toks[lo-1].sent == sent {
		if t := d.toks[lo-1]; t.kind == tokQuote {
			if passed++; d.kinds[t.quote] == quote.Direct || passed > maxTermsPassed {
				break
			}
		}
		lo--
	}
	return lo
}

// isDigits reports a word of ASCII digits ("25" in a dateline's date).
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// invertible reports a verb at token k placed where English inverts
// subject and verb ("Q," said Kerry / "Q," said the ferryman): right after
// a quotation, a comma, a colon or a dash, or at the start of the window.
// Elsewhere the noun after the verb is its object ("urged voters").
func (d *document) invertible(k, lo int) bool {
	j := k - 1
	for n := 0; n < 2 && j >= lo && d.isFiller(j); n++ {
		j--
	}
	if j < lo {
		return true
	}
	t := d.toks[j]
	if t.kind == tokQuote {
		return true
	}
	switch d.word(t) {
	case ",", ":", "—", "–", ";":
		return true
	}
	return false
}

// mainSubject returns the subject of the first cue of the sentence before
// token k, or the first mention of the sentence that can speak.
func (d *document) mainSubject(k, lo int) int {
	lo = d.pastDateline(lo, k)
	sent := d.toks[k].sent
	first, firstName := -1, -1
	for j := k - 1; j >= lo && d.toks[j].sent == sent; j-- {
		if ci := d.cueAt[j]; ci >= 0 && !d.cues[ci].gerund && !d.cues[ci].according {
			if m := d.subjectBefore(j, lo); m >= 0 {
				return m
			}
			if d.invertible(j, lo) {
				if m := d.subjectAfter(j, k); m >= 0 {
					return m // "“Q,” wrote Ann Lee, citing …"
				}
			}
		}
		if m := d.mentionIn[j]; m >= 0 && d.mentions[m].tok0 == j && d.canSpeak(m) {
			first = m
			if d.mentions[m].kind != MentionPronoun {
				firstName = m
			}
		}
	}
	if firstName >= 0 {
		return d.nameAfterRole(firstName) // "If he wins, Trump has …, vowing": the name is the subject
	}
	return first
}
