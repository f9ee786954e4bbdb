package quote_test

import "testing"

func TestPluralBeforeNoNoun(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "scare quote before a verb",
		text:   "Once again the 'forecasters' were caught out by the snow.",
		want:   []found{tm("'forecasters'")},
		reason: "a plural possessive owns a noun; before were the mark closes the quotation",
	}, {
		name:   "title before an adverb",
		text:   "She had read 'Hard Times' twice before the spring.",
		want:   []found{tm("'Hard Times'")},
		reason: "twice cannot follow a possessive, so Times' ends the title",
	}, {
		name:   "possessive before a noun",
		text:   "'Those are the twins' coats,' said Nell.",
		want:   []found{d("'Those are the twins' coats,'")},
		reason: "before a noun the mark after a plural is still the possessive's apostrophe",
	}, {
		name:   "a possessive standing alone before too",
		text:   "'They've fenced the Carters' field,' said Meg, 'and the Pruitts' too.'",
		want:   []found{d("'They've fenced the Carters' field,'"), d("'and the Pruitts' too.'")},
		reason: "a possessive whose noun is understood may be followed by too, so too is not in the list",
	}, {
		name:   "dropped g before a preposition",
		text:   "'We were goin' to the fair,' said Nell.",
		want:   []found{d("'We were goin' to the fair,'")},
		reason: "the rule reads only plurals: a clipped word may well be followed by to",
	}})
}
