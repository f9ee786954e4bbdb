package speaker_test

import "testing"

func TestNewsSocialMediaNouns(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a reply by an unnamed user",
			reason: `"one user replied": a person noun of social media like "one voter said"`,
			text:   "The clip was shared thousands of times. \"Who signed this off?\" one user replied.",
			want:   []attributed{{"Who signed this off?", "one user", "cue-adjacent"}},
		},
		{
			name:   "a listener on a phone-in",
			reason: `"a caller told the show" names its speaker by a noun`,
			text:   "\"The buses never come on time,\" a caller told the morning show.",
			want:   []attributed{{"The buses never come on time,", "a caller", "cue-adjacent"}},
		},
	})
}
