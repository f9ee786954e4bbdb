package speaker_test

import "testing"

// TestBeatAnsweredByName covers a line that an action beat would give to
// the one who replies to it by calling someone by name: nobody answers
// themselves, so the line is the called person's.
func TestBeatAnsweredByName(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name:   "the reply names the one who spoke",
			reason: "the captain greets Marta by name after the warning, so the warning is hers, not his",
			text: `Captain Orrin Vail stood at the rail and watched the harbour lights come on one by one.

"The tide turns within the hour, and half the crew are still ashore."

"Evening, Marta!" he called, without turning round.

His first mate climbed the last rungs of the ladder, a lantern swinging in her hand.`,
			want: []attributed{
				{"The tide turns within the hour, and half the crew are still ashore.", "Marta", "addressed-back"},
				{"Evening, Marta!", "Orrin Vail", "cue-adjacent"},
			},
		},
	})
}
