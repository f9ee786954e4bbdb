package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// A story that keeps calling its hero "the old man" after naming him:
// the line the description tags right after another man has come up is
// his too, like the earlier lines it tags. The matchers find it (the
// description resolves to the man the scene follows); no step is needed.
const harbourWalk = `Silas Marrow had kept the lighthouse on the point for thirty years. Every evening he walked down to the harbour with his niece Agnes.

"The boats are late tonight," said the old man.

"Perhaps the fog held them," Agnes answered.

"Fog never held a Penhallow boat," said the old man.

They stood by the wall until the lamps were lit along the quay.

"You will catch a chill," she told him.

"I have caught worse," said the old man, and laughed.

Tobias Quill came up the steps with a coil of rope and nodded to them both. Nobody returned the nod.

"We were speaking of the weather," said the old man.

"Then speak of it somewhere dry," Tobias grumbled.`

func TestDescribedHero(t *testing.T) {
	want := []attributed{
		{"The boats are late tonight,", "Silas Marrow", "cue-adjacent"},
		{"Perhaps the fog held them,", "Agnes", "cue-adjacent"},
		{"Fog never held a Penhallow boat,", "Silas Marrow", "cue-adjacent"},
		{"You will catch a chill,", "Agnes", "cue-adjacent"},
		{"I have caught worse,", "Silas Marrow", "cue-adjacent"},
		{"We were speaking of the weather,", "Silas Marrow", "cue-adjacent"},
		{"Then speak of it somewhere dry,", "Tobias Quill", "cue-adjacent"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, harbourWalk)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the description the story keeps for its hero is him (-want +got):\n%s", diff)
	}
}
