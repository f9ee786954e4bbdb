package speaker_test

import "testing"

func TestNewsRoleApposition(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "name then role",
			reason: `"Owen Briar, the fisheries minister," makes a later "the minister" Owen Briar`,
			text: "Owen Briar, the fisheries minister, toured the harbour on Monday.\n\n" +
				`"The quotas will be reviewed," the minister said.`,
			want: []attributed{{"The quotas will be reviewed,", "Owen Briar", "cue-adjacent"}},
		},
		{
			name:   "role then name",
			reason: `"the chancellor, Ines Okafor," is one person: "the chancellor said" is hers`,
			text:   `The chancellor, Ines Okafor, faced questions from a committee. "We cannot borrow our way out," the chancellor said.`,
			want:   []attributed{{"We cannot borrow our way out,", "Ines Okafor", "cue-adjacent"}},
		},
		{
			name:   "an indefinite role",
			reason: `"Cato Rimmel, a ferry pilot," makes a later "the pilot" the same man`,
			text: "Cato Rimmel, a ferry pilot, saw the crane topple.\n\n" +
				`"It came down like a tree," the pilot said.`,
			want: []attributed{{"It came down like a tree,", "Cato Rimmel", "cue-adjacent"}},
		},
		{
			name:   "a relation is no role",
			reason: `"Bea Lisle, the daughter of a miner," does not make every later "daughter" Bea Lisle`,
			text: "Bea Lisle, the daughter of a miner, spoke first. Then Tamsin Pym arrived with her daughter.\n\n" +
				`"We walked all night," the daughter said.`,
			want: []attributed{{"We walked all night,", "the daughter", "cue-adjacent"}},
		},
	})
}

func TestNewsAgedApposition(t *testing.T) {
	runNewsCases(t, []newsCase{{
		name:   "an age before the name in apposition",
		reason: `"one tenant, 71-year-old Edda Voss, said": the age belongs to the name, which speaks`,
		text:   `One tenant, 71-year-old Edda Voss, said: "The heating has been off since March."`,
		want:   []attributed{{"The heating has been off since March.", "Edda Voss", "cue-adjacent"}},
	}})
}
