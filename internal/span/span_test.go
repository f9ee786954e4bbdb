package span

import "testing"

func TestOnRuneBoundary(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want bool
		why  string
	}{
		{"", 0, true, "the start of empty text"},
		{"ab", 1, true, "between ASCII letters"},
		{"ab", 3, false, "past the end"},
		{"ab", -1, false, "before the start"},
		{"é", 1, false, "inside a two-byte rune"},
		{"é", 2, true, "after a two-byte rune"},
		{"a€b", 2, false, "inside a three-byte rune"},
		{"a€b", 4, true, "after a three-byte rune"},
		{"\xe4\x92\r", 1, true, "after a truncated sequence's first byte, a rune of its own"},
		{"a\x9cb", 2, true, "after a lone continuation byte"},
		{"\xf0\x9f\x98\x80", 3, false, "inside a four-byte rune"},
	}
	for _, tt := range tests {
		if got := OnRuneBoundary(tt.text, tt.i); got != tt.want {
			t.Errorf("OnRuneBoundary(%q, %d) = %v, want %v (%s)", tt.text, tt.i, got, tt.want, tt.why)
		}
	}
}

func TestSpanValid(t *testing.T) {
	text := "a€b"
	tests := []struct {
		s    Span
		want bool
	}{
		{Span{0, 5}, true},
		{Span{1, 4}, true},
		{Span{2, 4}, false},
		{Span{3, 1}, false},
		{Span{0, 6}, false},
		{Span{5, 5}, true},
	}
	for _, tt := range tests {
		if got := tt.s.Valid(text); got != tt.want {
			t.Errorf("%v.Valid(%q) = %v, want %v", tt.s, text, got, tt.want)
		}
	}
}
