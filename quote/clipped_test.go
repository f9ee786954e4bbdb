package quote_test

import "testing"

func TestClippedWordBeforeClose(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "dropped g before a comma and the closing mark",
		text:   "'I've been ponderin',' said the carter, 'all the way from the ford.'",
		want:   []found{d("'I've been ponderin','"), d("'all the way from the ford.'")},
		reason: "in ponderin',' the first mark is the apostrophe: the comma goes inside the closing mark",
	}, {
		name:   "curly marks",
		text:   "‘Nothin’ stirrin’,’ the watchman said. ‘Not a cat.’",
		want:   []found{d("‘Nothin’ stirrin’,’"), d("‘Not a cat.’")},
		reason: "’ after a clipped word and before ,’ is an apostrophe",
	}, {
		name:   "plural possessive before a full stop",
		text:   "‘That barrow is the gardeners’.’ He shrugged. ‘Ask them.’",
		want:   []found{d("‘That barrow is the gardeners’.’"), d("‘Ask them.’")},
		reason: "a possessive plural may end the speech; the mark after the stop closes it",
	}, {
		name:   "clipped and before a pronoun",
		text:   "'Me an' Jack went,' said Tilly, 'an' I fell in the brook.'",
		want:   []found{d("'Me an' Jack went,'"), d("'an' I fell in the brook.'")},
		reason: "no speech ends on an', so its mark is an apostrophe even before I or a name",
	}, {
		name:   "clipped and before an elided word",
		text:   "'Feed the hens,' said Gran, 'an' 'em pigs too.'",
		want:   []found{d("'Feed the hens,'"), d("'an' 'em pigs too.'")},
		reason: "an' joins the elided 'em after it, so neither mark closes or opens",
	}})
}
