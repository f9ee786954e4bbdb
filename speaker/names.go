package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// particles are lower-case words inside names ("Bashar al-Assad" written
// "al Assad", "Ludwig van Beethoven", "Secretary of State").
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "van": true, "von": true, "de": true,
	"da": true, "del": true, "della": true, "di": true, "du": true, "la": true, "le": true,
	"der": true, "den": true, "ter": true, "y": true, "of": true, "dos": true, "das": true,
}

// nameSuffixes follow a name and belong to it ("Martin Luther King Jr.").
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// tryName reads a capitalised run starting at token i: titles, a name or
// an organisation. It returns the token after the run, or i.
func (f *mentionFinder) tryName(i, hi int) int {
	start := i
	the := i > 0 && strings.EqualFold(f.d.word(f.toks[i-1]), "the") && f.toks[i-1].sent == f.toks[i].sent &&
		(len(f.out) == 0 || f.out[len(f.out)-1].tok1 <= i-1)
	if the {
		start = i - 1 // the article belongs to the name: "the Transport Ministry"
	}
	if strings.EqualFold(f.d.word(f.toks[i]), "the") {
		if i+1 >= hi || !f.toks[i+1].upper {
			return i
		}
		the, i = true, i+1
	}
	end := f.runEnd(i, hi)
	if end == i {
		return i + 1
	}
	if f.headlineVerb(i, end, hi) {
		f.find(i, end-1) // "Ann Lee Backs Ted Cruz": the verb ends one name
		return end
	}
	lead := -1
	if f.leadingRole(i, end) {
		lead, i = i, i+1 // "Goalkeeper Ana Ruiz": the role is taken back below
	}
	i = f.dropCommonOpener(i, end)
	i = f.pastOriginModifier(i, end)
	for i < end && (f.d.isStopName(f.d.word(f.toks[i])) || isRomanNumeral(f.d.word(f.toks[i]))) && !(the && f.endsInOrgWord(i, end)) {
		i++
	}
	if i == end {
		return end
	}
	if f.capitalisedModifier(i, end) {
		return f.afterModifiers(end, hi)
	}
	m, ok := f.nameMention(i, end, the)
	if !ok {
		return end
	}
	if lead >= 0 && m.tok0 == lead+1 {
		f.withLeadingRole(&m, lead)
	}
	if the && start < i {
		m.Span.Start = f.toks[start].Start
		m.tok0 = start
	} else {
		f.takeLowerRoles(&m)
	}
	f.out = append(f.out, m)
	return f.possessed(end, hi)
}

// runEnd returns the end of the capitalised run starting at token i.
func (f *mentionFinder) runEnd(i, hi int) int {
	j := i
	for j < hi {
		t := f.toks[j]
		if t.kind != tokWord {
			break
		}
		w := f.d.word(t)
		if j > i && (f.breaksName(w) && !f.isPlaceRun(i, j) && !f.lastNameNoun(i, j, hi) || w == "I") {
			break
		}
		if j > i && f.secondPerson(i, j) {
			break // "Ann Lee Backs Ted Cruz": a new given name after a surname starts another name
		}
		switch {
		case t.upper && (j == i || !f.d.isStopName(w) || isInitialWord(w)):
			j = f.afterWord(j, hi)
			if isPossessive(w) {
				return j
			}
			continue
		case j > i && particles[strings.ToLower(w)] && j+1 < hi && f.toks[j+1].upper && f.toks[j+1].kind == tokWord &&
			(w != "of" || f.titledSoFar(i, j)):
			j++
			continue
		case j > i && f.forInOrgName(i, j, hi):
			j++
			continue
		case j > i && isParticleCompound(w):
			j++
			continue
		}
		break
	}
	return j
}

// secondPerson reports a given name at token j, inside the run that
// starts at token i, that follows a word which is neither a given name
// nor a title: in a title-case headline ("Ann Lee Backs Ted Cruz") it
// starts the name of a second person. "Mary Ann Lee" and "Secretary of
// State John Kerry" stay one name.
func (f *mentionFinder) secondPerson(i, j int) bool {
	if j < i+2 || !f.toks[j].upper || j+1 >= len(f.toks) || !f.toks[j+1].upper || f.toks[j+1].kind != tokWord ||
		f.toks[j+1].sent != f.toks[j].sent {
		return false // the second person needs a surname too: "Justin Ki Hong" stays one name
	}
	if _, ok := lexicon.FirstNameGender(f.d.word(f.toks[j])); !ok {
		return false
	}
	prev := f.d.word(f.toks[j-1])
	if _, ok := lexicon.FirstNameGender(prev); ok {
		return false
	}
	if _, ok := lexicon.LookupTitle(prev); ok || isInitialWord(prev) || prev == "." {
		return false
	}
	return true
}

// headlineVerb reports a run [i, end) cut before a second person's given
// name whose last word reads as a verb in -s or -ed ("Ann Lee Backs",
// "Ann Lee Endorsed"): the run holds a name and its verb.
func (f *mentionFinder) headlineVerb(i, end, hi int) bool {
	if end-i < 3 || end >= hi || !f.secondPerson(i, end) {
		return false
	}
	w := strings.ToLower(f.d.word(f.toks[end-1]))
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// afterWord returns the token after word j, taking the period of an
// initial or a suffix along ("F.", "Jr.").
func (f *mentionFinder) afterWord(j, hi int) int {
	w := f.d.word(f.toks[j])
	if j+1 < hi && f.d.word(f.toks[j+1]) == "." && f.toks[j+1].Start == f.toks[j].End {
		if isInitialWord(w) || nameSuffixes[strings.ToLower(w)] || isTitleAbbrev(w) {
			return j + 2
		}
	}
	return j + 1
}

// isInitialWord reports a single capital letter.
func isInitialWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// dropCommonOpener skips a first word that is only capitalised because it
// opens the sentence ("Yesterday Kerry said"): a stop word, a calendar
// word, or a word the text also writes in lower case.
func (f *mentionFinder) dropCommonOpener(i, end int) int {
	for i < end && f.sentenceInitial(i) {
		w := f.d.word(f.toks[i])
		if !f.isCommonWord(w) && !(hasVerbEnding(w) && f.beforeLowerWord(i)) && !f.commonOpener(i) && !f.participleOpener(i) {
			break
		}
		i++
	}
	return i
}

// beforeLowerWord reports a token followed by a lower-case word that is no
// speech verb: "Observing his wife" opens with a participle, where
// "Manning said" opens with a name.
func (f *mentionFinder) beforeLowerWord(i int) bool {
	if i+1 >= len(f.toks) || f.toks[i+1].kind != tokWord || f.toks[i+1].upper || f.toks[i+1].sent != f.toks[i].sent {
		return false
	}
	return !f.d.is(i+1, wVerb)
}

// isPlaceRun reports a run [i, j] that names a place word for word
// ("United States", where "States" alone is a form of "state").
func (f *mentionFinder) isPlaceRun(i, j int) bool {
	_, ok := lexicon.LookupPlace(f.d.text[f.toks[i].Start:f.toks[j].End])
	return ok
}

// isCommonWord reports a capitalised word that is not a name.
func (f *mentionFinder) isCommonWord(w string) bool {
	if f.d.isStopName(w) || isShouted(w) || isRomanNumeral(w) {
		return true
	}
	if _, ok := lexicon.LookupPronoun(w); ok {
		return true
	}
	if titleOrGivenName(w) {
		return false
	}
	return f.d.seenLower(w)
}

// hasVerbEnding reports a capitalised word that opens a sentence as a
// present participle or an adverb does ("Observing", "Slowly"); a word
// in -ed may be a surname ("Husted").
func hasVerbEnding(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ing", "ly"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// possessed reads a description owned by the name that ends at token j
// with ’s ("Kerry’s office", or "Kerry s office" in a text that lost its
// apostrophes), and returns the token after it.
func (f *mentionFinder) possessed(j, hi int) int {
	from := j
	if f.lostApostrophe(j, hi) {
		from = j + 1
	} else if j == 0 || !isPossessive(f.d.word(f.toks[j-1])) {
		return j
	}
	owner := len(f.out) - 1
	for k := from; k < hi && k < from+3; k++ {
		t := f.toks[k]
		if t.kind != tokWord {
			return j
		}
		lw := strings.ToLower(f.d.word(t))
		if k > from && (f.d.is(k, wStop) || f.d.is(k, wDeterminer)) {
			return j // "Vale's claim that President Moss": the clause has a name of its own
		}
		if n, ok := lexicon.LookupNominal(lw); ok && f.nounEnds(k+1, hi) {
			f.addNominal(j, k, n, lw)
			m := &f.out[len(f.out)-1]
			m.Span.Start, m.tok0, m.owner = f.out[owner].Start, f.out[owner].tok0, owner
			return k + 1
		}
		if t.upper {
			return j
		}
	}
	return j
}

// nameMention builds the mention of the run [i, end): leading titles and
// demonyms are stripped from the core name; calendar words and bare place
// names are not speakers.
func (f *mentionFinder) nameMention(i, end int, the bool) (mention, bool) {
	m := mention{Span: Span{Start: f.toks[i].Start, End: f.toks[end-1].End}, tok0: i, tok1: end,
		kind: MentionName, person: 3, owner: -1, entity: -1, sentence: f.toks[i].sent}
	if f.endsInOrgWord(i, end) && f.endBeforeOf(i, i+1, end) == end {
		// "the Transport Ministry", "Breitbart News": an organisation keeps
		// every word of its name.
		m.core = Span{Start: f.toks[i].Start, End: trimPossessive(f.d.text, m.Span)}
		m.ekind = Organization
		return m, true
	}
	core, roles, g := f.stripTitles(i, end)
	m.roles, m.gender = roles, g
	m.honor = f.honorific(i, core)
	m.bare = m.honor != "" && f.honorBare(i, core)
	if core == end {
		return f.titleOnly(m)
	}
	coreEnd := f.endBeforePostNominal(core, f.endBeforeOf(i, core, end))
	m.core = Span{Start: f.toks[core].Start, End: f.toks[coreEnd-1].End}
	m.core.End = trimPossessive(f.d.text, m.core)
	if f.allCalendar(core, coreEnd) {
		return m, false
	}
	m.place = f.allPlaces(core, coreEnd) || f.endsInPlaceHead(core, coreEnd, roles)
	m.ekind = f.nameKind(core, coreEnd, roles, the)
	if m.place && core > i && f.d.info(core-1).lower == "of" {
		m.ekind = KindUnknown // "the State of Ohio" is a place, not a titled person
	}
	if m.gender == GenderUnknown && m.ekind != Organization {
		m.gender = f.firstNameGender(core)
	}
	return m, true
}

// titleOnly turns a run of titles alone ("the Secretary", "President")
// into a description.
func (f *mentionFinder) titleOnly(m mention) (mention, bool) {
	if m.roles == "" {
		return m, false
	}
	m.kind, m.ekind = MentionNominal, Person
	return m, true
}

// allCalendar reports whether tokens [i, end) are all calendar words
// (months, days), full stops aside.
func (f *mentionFinder) allCalendar(i, end int) bool {
	for k := i; k < end; k++ {
		w := f.d.word(f.toks[k])
		if w == "." {
			continue
		}
		if _, ok := lexicon.LookupCalendar(w); !ok {
			return false
		}
	}
	return true
}

// allPlaces reports a run that names a place ("Russia", "New York").
func (f *mentionFinder) allPlaces(i, end int) bool {
	name := f.d.text[f.toks[i].Start:f.toks[end-1].End]
	if _, ok := lexicon.LookupPlace(name); ok {
		return true
	}
	for k := i; k < end; k++ {
		if _, ok := lexicon.LookupPlace(f.d.word(f.toks[k])); !ok {
			return false
		}
	}
	return true
}

// nameKind decides whether a run names a person or an organisation.
func (f *mentionFinder) nameKind(i, end int, roles string, the bool) EntityKind {
	for k := i; k < end; k++ {
		if _, ok := lexicon.LookupOrgWord(f.d.word(f.toks[k])); ok {
			return Organization
		}
	}
	if roles != "" {
		return Person
	}
	if _, ok := lexicon.FirstNameGender(f.d.word(f.toks[i])); ok && !the {
		return Person
	}
	if the {
		return Organization
	}
	if end-i >= 2 {
		return Person
	}
	return KindUnknown
}

// firstNameGender gives the gender of the first name at token i, if known.
func (f *mentionFinder) firstNameGender(i int) Gender {
	g, ok := lexicon.FirstNameGender(f.d.word(f.toks[i]))
	if !ok {
		return GenderUnknown
	}
	return genderOf(g)
}

// trimPossessive returns the end of s without a final ’s or 's.
func trimPossessive(text string, s Span) int {
	w := s.Text(text)
	switch {
	case strings.HasSuffix(w, "’s"):
		return s.End - len("’s")
	case strings.HasSuffix(w, "'s"):
		return s.End - 2
	}
	return s.End
}

// isParticleCompound reports a lower-case particle joined to a capitalised
// name ("al-Assad", "bin-Laden", "van-Dyke").
func isParticleCompound(w string) bool {
	i := strings.IndexAny(w, "-‐")
	if i <= 0 || !particles[strings.ToLower(w[:i])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r)
}

// breaksName reports a capitalised word that cannot continue a name: a
// speech verb in a title-case headline ("Hollande Says Trump …"), a
// pronoun, or a shouted word in capitals.
func (f *mentionFinder) breaksName(w string) bool {
	if _, ok := lexicon.CueVerbs()[strings.ToLower(w)]; ok {
		return true
	}
	if _, ok := lexicon.LookupPronoun(w); ok && w != "I" {
		return true
	}
	return isShouted(w)
}

// isShouted reports a word in capitals longer than an acronym.
func isShouted(w string) bool {
	if len(w) <= 5 {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titledSoFar reports a run [i, j) holding a title or an organisation
// word, which "of" may continue ("Secretary of State", "Bank of England");
// a plain name may not ("Eugenio of Mrs. Miller").
func (f *mentionFinder) titledSoFar(i, j int) bool {
	for k := i; k < j; k++ {
		w := f.d.word(f.toks[k])
		if _, ok := lexicon.LookupTitle(strings.ToLower(w)); ok {
			return true
		}
		if _, ok := lexicon.LookupOrgWord(w); ok {
			return true
		}
	}
	return false
}

// isRomanNumeral reports a chapter or list number in capitals ("VI", "XII");
// "I" is the pronoun and is not counted.
func isRomanNumeral(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXLCDM", rune(w[i])) {
			return false
		}
	}
	return true
}

// isCalendarWord reports a day, month or holiday ("Tuesday Badger" is
// Badger on a Tuesday).
func isCalendarWord(w string) bool {
	_, ok := lexicon.LookupCalendar(w)
	return ok
}

// endsInOrgWord reports a run whose last word names a kind of organisation
// ("Ministry", "Department", "News", "Times").
func (f *mentionFinder) endsInOrgWord(i, end int) bool {
	last := f.d.word(f.toks[end-1])
	if last == "." && end-1 > i {
		last = f.d.word(f.toks[end-2])
	}
	last = strings.TrimSuffix(strings.TrimSuffix(last, "’s"), "'s")
	_, ok := lexicon.LookupOrgWord(last)
	return ok && end-i >= 2
}

// pastOriginModifier returns the token after a capitalised modifier of
// origin or seat that opens the run [i, end) ("South Korean-born Monte
// Haines", "Ohio-based Acme"): the name starts after it. It returns i
// when there is none.
func (f *mentionFinder) pastOriginModifier(i, end int) int {
	for k := i; k < end && k < i+3; k++ {
		w := strings.ToLower(f.d.word(f.toks[k]))
		if strings.HasSuffix(w, "-born") || strings.HasSuffix(w, "-based") {
			return k + 1
		}
	}
	return i
}
