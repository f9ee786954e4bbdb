package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// TestInscribedQuotation covers words quoted as lettering on a thing ("was
// engraved on it"): nobody says them, and they do not start the talk that
// follows.
func TestInscribedQuotation(t *testing.T) {
	text := `Edgar Voss sat reading by the window while Hugh Dent turned the old brass lamp over in his hands. "For faithful service," was engraved around its base.

"Well, Hugh, where did you find that?"

Edgar had not looked up from his book.`
	want := []attributed{
		{"For faithful service,", "", "none"},
		{"Well, Hugh, where did you find that?", "Edgar Voss", "action-beat"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the engraved words have no speaker and start no turn: the line after is the reader's, found by the narration after it (-want +got):\n%s", diff)
	}
}
