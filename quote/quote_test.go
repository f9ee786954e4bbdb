package quote_test

import (
	"encoding/json"
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

func TestKindText(t *testing.T) {
	for _, c := range []struct {
		kind quote.Kind
		name string
	}{
		{quote.KindUnknown, "unknown"},
		{quote.Direct, "direct"},
		{quote.Partial, "partial"},
		{quote.Term, "term"},
		{quote.Kind(200), "unknown"},
	} {
		if got := c.kind.String(); got != c.name {
			t.Errorf("Kind(%d).String() = %q, want %q", c.kind, got, c.name)
		}
		b, err := c.kind.MarshalText()
		if err != nil || string(b) != c.name {
			t.Errorf("Kind(%d).MarshalText() = %q, %v", c.kind, b, err)
		}
		var back quote.Kind
		if err := back.UnmarshalText(b); err != nil || (back != c.kind && c.kind <= quote.Term) {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
}

func TestConventionText(t *testing.T) {
	for _, c := range []struct {
		conv quote.Convention
		name string
	}{
		{0, "none"},
		{quote.CurlyDouble, "curly-double"},
		{quote.LowNine | quote.Guillemets, "low-nine|guillemets"},
		{quote.DashDialogue, "dash-dialogue"},
	} {
		if got := c.conv.String(); got != c.name {
			t.Errorf("Convention(%d).String() = %q, want %q", c.conv, got, c.name)
		}
	}
	b, err := json.Marshal(quote.Quote{Style: quote.CurlySingle, Kind: quote.Term})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil || m["style"] != "curly-single" || m["kind"] != "term" {
		t.Errorf("JSON of a Quote = %s", b)
	}
}
