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
		{
			name:   "a body with for inside a description",
			reason: `"a Ministry for Harbours spokesperson said": the description runs over the body's name`,
			text:   `A Ministry for Harbours spokesperson said: ‘The quay will be rebuilt in stone.’`,
			want:   []attributed{{"The quay will be rebuilt in stone.", "a Ministry for Harbours spokesperson", "cue-adjacent"}},
		},
		{
			name:   "a body with of and and inside a description",
			reason: `"the Society of Bakers and Millers treasurer" is one description of a person`,
			text:   `“We are out of rye,” the Society of Bakers and Millers treasurer told members.`,
			want:   []attributed{{"We are out of rye,", "the Society of Bakers and Millers treasurer", "cue-adjacent"}},
		},
	})
}

func TestNewsTitledNameOfPlace(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a titled name and its university",
			reason: `"Dr Ilse Vennick of Fenmoor University": the "of" phrase says where she works, it is no part of her name`,
			text:   "Dr Ilse Vennick of Fenmoor University led the survey.\n\n\"The eels are coming back,\" Vennick said.",
			want:   []attributed{{"The eels are coming back,", "Ilse Vennick", "cue-adjacent"}},
		},
		{
			name:   "a legislator and his state",
			reason: `"Rep. Dale Orton of Idaho, a budget hawk, said": the name is Dale Orton and he is still the subject`,
			text:   "Rep. Dale Orton of Idaho, a budget hawk, said the bill was \"dead on arrival.\"",
			want:   []attributed{{"dead on arrival.", "Dale Orton", "cue-sentence"}},
		},
	})
}
