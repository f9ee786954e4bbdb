package quote

import (
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIdleApostrophe checks the shortcut of scanRange against the rule it
// stands for: for every pair of ASCII bytes around a lone apostrophe, with
// nothing open, a single or a double quotation open, and the stack full,
// with and without straight single marks, an apostrophe idleApostrophe
// passes over is one that single leaves without effect.
func TestIdleApostrophe(t *testing.T) {
	stacks := []struct {
		name string
		open []opening
	}{
		{"nothing open", nil},
		{"a single quotation open", []opening{{fam: famSingle, mark: '\'', style: StraightSingle}}},
		{"a double quotation open", []opening{{fam: famDouble, mark: '"', style: StraightDouble}}},
		{"the stack full", slices.Repeat([]opening{{fam: famSingle, mark: '‘', style: CurlySingle}}, maxDepth)},
	}
	convs := []Convention{DefaultConventions, DefaultConventions &^ StraightSingle}
	idle := 0
	for _, st := range stacks {
		for _, conv := range convs {
			for prev := range byte(0x80) {
				for next := range byte(0x80) {
					if next == '\'' {
						continue // a run of apostrophes is no lone one
					}
					text := string([]byte{'x', prev, '\'', next, 'x'})
					s := newTestScanner(text, conv, st.open)
					if !s.idleApostrophe(2) {
						continue
					}
					idle++
					before := newTestScanner(text, conv, st.open)
					s.single('\'', 2, 3)
					if !sameScanner(s, before) {
						t.Errorf("%s, conventions %b: %q: idleApostrophe passes over a mark single acts on", st.name, conv, text)
					}
				}
			}
		}
	}
	if idle == 0 {
		t.Error("idleApostrophe never passes over an apostrophe")
	}
}

// newTestScanner returns a scanner over text, one paragraph, with the
// openings open, each holding its slot in out.
func newTestScanner(text string, conv Convention, open []opening) *scanner {
	s := &scanner{text: text, conv: conv, para: Span{Start: 0, End: len(text)}}
	for _, o := range open {
		s.push(o)
	}
	return s
}

// sameScanner reports whether two scanners hold the same state.
func sameScanner(a, b *scanner) bool {
	return slices.EqualFunc(a.stack, b.stack, func(x, y opening) bool {
		return x.open == y.open && x.fam == y.fam && x.mark == y.mark && x.slot == y.slot && x.weak == y.weak
	}) && len(a.out) == len(b.out) && a.pairs == b.pairs && a.holes == b.holes
}

// TestClearQuote checks that clearQuote zeroes every field of a Quote, so
// that a field added to Quote later cannot keep a stale value in a reused
// slot of scanner.out.
func TestClearQuote(t *testing.T) {
	var q Quote
	v := reflect.ValueOf(&q).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Struct:
			f.Set(reflect.ValueOf(Span{Start: 3, End: 7}))
		case reflect.Slice:
			f.Set(reflect.ValueOf([]Span{{Start: 1, End: 2}}))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int:
			f.SetInt(5)
		case reflect.Uint8, reflect.Uint16, reflect.Uint32:
			f.SetUint(2)
		default:
			t.Fatalf("field %s of kind %s: teach this test to fill it", v.Type().Field(i).Name, f.Kind())
		}
	}
	clearQuote(&q)
	if diff := cmp.Diff(Quote{}, q); diff != "" {
		t.Errorf("clearQuote left fields set (-want +got):\n%s", diff)
	}
}
