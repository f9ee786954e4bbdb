package speaker_test

import "testing"

func TestNewsParticipleOpener(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a participle clause before the subject",
			reason: `"Summing up, the chairwoman told the panel:": "Summing" is no name set in apposition`,
			text:   "Summing up, the chairwoman told the panel: \"We will vote in May.\"",
			want:   []attributed{{"We will vote in May.", "the chairwoman", "cue-adjacent"}},
		},
		{
			name:   "a participle alone before the comma",
			reason: `"Sentencing, the judge told him:": the judge named before is the speaker`,
			text:   "Judge Orla Price heard the appeal.\n\nSentencing, the judge told him: \"You showed no remorse.\"",
			want:   []attributed{{"You showed no remorse.", "Orla Price", "cue-adjacent"}},
		},
		{
			name:   "a surname in -ing set off by commas",
			reason: `"Farling, the coach, said": a second comma closes the apposition, so the name stays`,
			text:   "Farling, the coach, said: \"We were flat.\"",
			want:   []attributed{{"We were flat.", "Farling", "cue-adjacent"}},
		},
	})
}
