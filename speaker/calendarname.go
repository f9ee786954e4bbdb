package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// calendarFirstName reports a two-word run [i, end) whose first word is a
// month or day that is also a given name ("Jan Kowal", "April Lusk"),
// written without an abbreviation's stop and not after a word that takes
// a date ("in May Clinton said"): it is a person's full name.
func (f *mentionFinder) calendarFirstName(i, end int) bool {
	if i+2 != end || strings.HasPrefix(f.d.text[f.toks[i].End:], ".") {
		return false
	}
	if _, ok := lexicon.FirstNameGender(f.d.word(f.toks[i])); !ok || isCalendarWord(f.d.word(f.toks[i+1])) {
		return false
	}
	if i > 0 && f.toks[i-1].kind == tokWord && f.toks[i-1].sent == f.toks[i].sent && dateWords[strings.ToLower(f.d.word(f.toks[i-1]))] {
		return false
	}
	return true
}

// dateWords come before a month or a day ("in May", "last Friday").
var dateWords = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true,
	"through": true, "during": true, "before": true, "after": true, "of": true, "to": true,
}
