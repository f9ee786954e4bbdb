package speaker_test

import "testing"

func TestNewsGovernmentByItsCapital(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a capital opens the sentence",
			reason: `"Oslo said" in a news story is the Norwegian government speaking`,
			text:   `Whaling quotas divided the conference again. Oslo said the new count was "a fair reflection of the stock."`,
			want:   []attributed{{"a fair reflection of the stock.", "Oslo", "cue-sentence"}},
		},
		{
			name:   "a country after the quotation it closes",
			reason: `"…," Norway said: the country is the subject of the verb right after the words`,
			text:   `"The count will stand," Norway said in a note to the other delegations.`,
			want:   []attributed{{"The count will stand,", "Norway", "cue-adjacent"}},
		},
		{
			name:   "a country after a wire dateline",
			reason: `"BERGEN (Wire) - Norway said": the dateline and its credit come before the subject`,
			text:   `BERGEN (Wire) - Norway said on Friday that the count was "final."`,
			want:   []attributed{{"final.", "Norway", "cue-sentence"}},
		},
		{
			name:   "a capital opening a joined clause",
			reason: `"…, while Oslo said …": the second clause has its own subject, the place`,
			text:   `Iceland raised its catch on Monday, while Oslo said the move was "reckless."`,
			want:   []attributed{{"reckless.", "Oslo", "cue-sentence"}},
		},
		{
			name:   "a capital before a relative clause",
			reason: `"Oslo, which hosted the talks, urged …": the clause set off by commas sits between subject and verb`,
			text:   `Oslo, which hosted the last round of talks, urged both fleets to show "patience."`,
			want:   []attributed{{"patience.", "Oslo", "cue-sentence"}},
		},
		{
			name:   "a place after a preposition is no speaker",
			reason: `in "a trawler captain in Oslo said" the place only says where the captain is`,
			text:   `A trawler captain in Oslo said the quota was "far too low."`,
			want:   []attributed{{"far too low.", "a trawler captain", "cue-sentence"}},
		},
	})
}
