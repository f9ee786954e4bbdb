package speaker

import "strings"

// Genre selects the conventions the attributor assumes.
type Genre uint8

// The genres. The zero Genre lets the attributor decide from the text.
const (
	// GenreAuto decides from the text: fiction when its dialogue runs over
	// consecutive paragraphs of speech, news otherwise.
	GenreAuto Genre = iota
	// GenreNews: a paragraph that is only a quotation continues the
	// previous speaker.
	GenreNews
	// GenreFiction: paragraphs of speech take turns between the
	// participants of a conversation.
	GenreFiction
)

var genreNames = [...]string{"auto", "news", "fiction"}

// String returns the genre's name.
func (g Genre) String() string {
	if int(g) < len(genreNames) {
		return genreNames[g]
	}
	return "auto"
}

// MarshalText encodes the genre as its name.
func (g Genre) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// fictionVerbs are speech verbs that narrators of fiction use and news
// writers almost never do.
var fictionVerbs = map[string]bool{
	"cried": true, "exclaimed": true, "replied": true, "answered": true, "returned": true,
	"rejoined": true, "murmured": true, "whispered": true, "shouted": true, "sighed": true,
	"laughed": true, "muttered": true, "retorted": true, "gasped": true, "stammered": true,
	"faltered": true, "groaned": true, "sobbed": true, "screamed": true, "growled": true,
	"inquired": true, "enquired": true, "ejaculated": true, "observed": true, "continued": true,
}

// newsWords are words that mark news reporting.
var newsWords = map[string]bool{
	"says": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"percent": true, "statement": true, "reporters": true, "interview": true,
	"officials": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "according": true, "campaign": true,
	"administration": true, "government": true, "million": true, "billion": true,
	"republican": true, "republicans": true, "democrat": true, "democrats": true,
	"democratic": true, "gop": true, "senate": true, "congress": true, "presidential": true,
	"election": true, "poll": true, "polls": true, "voters": true, "candidate": true,
	"policy": true, "federal": true, "minister": true, "company": true, "percentage": true,
	"senator": true, "lawmakers": true, "prosecutors": true, "analysts": true, "investors": true,
	"residents": true, "data": true, "department": true, "agency": true,
}

// detectGenre tells fiction from news by the narration's habits. Fiction
// inverts its cues ("said he"), uses verbs of manner ("cried",
// "rejoined"), is often told in the first person, and has runs of
// paragraphs that hold nothing but speech; news says "says", gives days,
// figures and officials, attributes "according to" someone or to unnamed
// sources ("people familiar with the matter"), and may open on a
// dateline. "said" before a pronoun counts for fiction only as an
// inversion, never as the start of reported speech ("said she would").
func (d *document) detectGenre() Genre {
	fiction, news := d.dialogueRuns(), 0
	if hasDateline(d.text) {
		news += 4
	}
	for k, t := range d.toks {
		if t.kind != tokWord {
			continue
		}
		w := strings.ToLower(d.word(t))
		switch {
		case t.Start < len(d.text) && d.text[t.Start] >= '0' && d.text[t.Start] <= '9':
			news++
		case fictionVerbs[w] && !d.afterPassive(k):
			fiction += 2
		case newsWords[w] || d.unnamedSourceLink(k):
			news += 2
		case w == "i" || w == "my" || w == "me":
			fiction++
		case w == "said" && d.invertedSaid(k):
			fiction += 3
		}
	}
	if fiction > news {
		return GenreFiction
	}
	return GenreNews
}

// dialogueRuns counts paragraphs of speech alone that follow another,
// twice each.
func (d *document) dialogueRuns() int {
	runs := 0
	prevOnly := false
	for p := range d.paras {
		only := d.quoteOnly(p)
		if only && prevOnly {
			runs += 2
		}
		prevOnly = only
	}
	return runs
}

// isSubjectPronoun reports he, she, I, they and we.
func isSubjectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "i", "they", "we":
		return true
	}
	return false
}

// afterPassive reports a form of "be" or a negation right before token k
// ("was not returned", "were answered"): a verb in the passive reports no
// speech, whatever its genre.
func (d *document) afterPassive(k int) bool {
	return k > 0 && d.toks[k-1].kind == tokWord && passiveAux[strings.ToLower(d.word(d.toks[k-1]))]
}

// passiveAux are the words that put the verb after them in the passive
// or deny it.
var passiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"not": true, "never": true,
}
