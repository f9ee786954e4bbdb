package speaker_test

import "testing"

func TestNewsQuotedAsSaying(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "an agency quotes an official",
			reason: `"the agency quoted an unnamed official as saying": the official is quoted, not the agency`,
			text:   `The wire service Pentaro quoted an unnamed official as saying the blockade was "an act of theft."`,
			want:   []attributed{{"an act of theft.", "an unnamed official", "cue-sentence"}},
		},
		{
			name:   "a named source cited",
			reason: `"cited X as saying": the object of "cited" speaks`,
			text:   `The Evening Ledger cited Rosa Venn as saying the harbour would stay "closed until spring."`,
			want:   []attributed{{"closed until spring.", "Rosa Venn", "cue-sentence"}},
		},
		{
			name:   "an object with its name in apposition",
			reason: `"quoted the port director, Capt. X, as saying": the apposition in commas stays in the object`,
			text:   `The Evening Ledger quoted the port director, Capt. Rosa Venn, as saying the port was "full to bursting."`,
			want:   []attributed{{"full to bursting.", "Rosa Venn", "cue-sentence"}},
		},
		{
			name:   "passive quoted as saying",
			reason: `"Rosa Venn was quoted as saying": no object, the subject speaks as before`,
			text:   `Rosa Venn was quoted as saying the harbour would stay "closed until spring."`,
			want:   []attributed{{"closed until spring.", "Rosa Venn", "cue-sentence"}},
		},
	})
}
