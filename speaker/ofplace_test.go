package speaker

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTitledPlaceIsNoPerson checks that a title word joined by "of" to a
// place ("the State of Ohio") makes a place mention that is no person, so
// no later "he" can mean it, while a title before a given name still makes
// a person.
func TestTitledPlaceIsNoPerson(t *testing.T) {
	tests := []struct {
		reason string
		text   string
		name   string
		want   EntityKind
	}{
		{
			reason: "a title word and \"of\" before a place name a place",
			text:   "The mill stood in a far corner of the State of Ohio, by a creek.",
			name:   "the State of Ohio",
			want:   KindUnknown,
		},
		{
			reason: "a title before a given name still names a person",
			text:   "The mill was kept by Captain Ansel Brock, who rarely spoke.",
			name:   "Captain Ansel Brock",
			want:   Person,
		},
	}
	for _, tt := range tests {
		text := tt.text
		d := newDocument(text, []Span{{Start: 0, End: len(text)}}, []Span{{Start: 0, End: len(text)}}, nil)
		d.findMentions()
		got, found := KindUnknown, false
		for _, m := range d.mentions {
			if text[m.Start:m.End] == tt.name {
				got, found = m.ekind, true
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", tt.reason, tt.name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: kind of %q (-want +got):\n%s", tt.reason, tt.name, diff)
		}
	}
}
