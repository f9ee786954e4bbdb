package speaker_test

import "testing"

func TestNewsOrganisationOf(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a body named X of Y keeps its whole name",
			reason: `"the Coast Guard Corps of Pilots": "Coast Guard Corps" is no title chain before a name`,
			text:   `According to the Navy Corps of Divers, the wreck is "too unstable to enter" for now.`,
			want:   []attributed{{"too unstable to enter", "Navy Corps of Divers", "according-to"}},
		},
		{
			name:   "the bank is not the country",
			reason: `"the Bank of Freedonia" after "Freedonia" is a new speaker, not the country named before`,
			text:   "Freedonia's exports fell sharply last year.\n\nThe Bank of Freedonia said the fall was \"smaller than feared\".",
			want:   []attributed{{"smaller than feared", "Bank of Freedonia", "cue-sentence"}},
		},
		{
			name:   "the founder is not the college",
			reason: `a later "Hartwell" alone does not join "the College of Hartwell"`,
			text:   "The College of Hartwell will close in June.\n\n\"It breaks my heart,\" said Hartwell, whose grandfather founded it.",
			want:   []attributed{{"It breaks my heart,", "Hartwell", "cue-adjacent"}},
		},
	})
}
