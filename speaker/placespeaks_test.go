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
			name:   "a place after a preposition is no speaker",
			reason: `in "a trawler captain in Oslo said" the place only says where the captain is`,
			text:   `A trawler captain in Oslo said the quota was "far too low."`,
			want:   []attributed{{"far too low.", "a trawler captain", "cue-sentence"}},
		},
	})
}
