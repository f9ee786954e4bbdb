package speaker_test

import "testing"

func TestNewsCitedBeforeColon(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "to quote a person with a role",
			reason: `"To quote my neighbour X:" quotes X, not the role word before the name`,
			text:   `To quote my neighbour Alma Torvik: "A fence is only as good as its gate."`,
			want:   []attributed{{"A fence is only as good as its gate.", "Alma Torvik", "colon"}},
		},
		{
			name:   "in the words of",
			reason: `"In the words of Councillor X:" names the speaker of what follows`,
			text:   `In the words of Councillor Alma Torvik: "A fence is only as good as its gate."`,
			want:   []attributed{{"A fence is only as good as its gate.", "Alma Torvik", "colon"}},
		},
		{
			name:   "a saying quoted",
			reason: `"To quote the old saying:" names no person`,
			text:   `To quote the old saying: "A fence is only as good as its gate."`,
			want:   []attributed{{"A fence is only as good as its gate.", "", "none"}},
		},
	})
}
