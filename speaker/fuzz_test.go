package speaker

import (
	"fmt"
	"testing"

	"github.com/quoteattr/quoteattr/internal/span"
	"github.com/quoteattr/quoteattr/quote"
)

// FuzzAttributeText checks that attribution never panics and that every
// span it returns is inside the text and on rune boundaries, entities are
// named and list their mentions in text order, every kind is known, every
// index points at an entity, and every confidence is in [0, 1], in both
// genres.
func FuzzAttributeText(f *testing.F) {
	for _, s := range []string{
		"",
		"“We will win,” said Jane Doe, a senator. “Soon.”",
		"Sen. John Q. Public told reporters: \"It is over.\" He added, \"Done.\"",
		"\"Come here, Tom!\"\n\n\"No,\" said he.\n\n\"Why?\" she asked.",
		"\"Who?\" said the young lady.\n\n\"Now, Tom?\" said Ann.\n\n\"Yes,\" said the boy.\n\n\"My dear Jo,\" said Miss Vane.",
		"“Open ‘inner “deep” quote’ never closed\n\n“Next",
		"according to officials, “it\xffis” \x00 — Dr. A. B. Smith",
		"“We were wrong.”\n\n- Ann Lee.\n\n“Q,” Sen. Ted Ruiz (R-Tex.) said. Ann Glas of the Brookings Institution said it was " +
			"a \"living wage,\" as described by Bo Park; often labeled a \"witch hunt\" by critics ( ) )",
		"\"\"\"''' “““ ”””",
		"Campaign manager Tom Birch, having once referred to the man as a \"builder,\" kept to his remark Tuesday that \"it holds\" and " +
			"Kim said that German Vega begged him as the winner of it and \"would do it.\" A new TV ad released Thursday accuses " +
			"Lee's conclusion that \"x\" with Ann: \"Q.\" A letter sent last week says that",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	news, _ := New(Options{Genre: GenreNews})
	fiction, _ := New(Options{Genre: GenreFiction})
	auto, _ := New(Options{})
	f.Fuzz(func(t *testing.T, text string, forceFiction bool) {
		quotes := quote.Find(text)
		a := auto
		if forceFiction {
			a = fiction
		}
		for _, at := range []*Attributor{a, news} {
			if err := checkResult(text, quotes, at.AttributeText(text, quotes)); err != nil {
				t.Fatalf("%q: %v", text, err)
			}
		}
	})
}

// checkResult reports the first broken invariant of r, or nil.
func checkResult(text string, quotes []quote.Quote, r Result) error {
	if len(r.Attributions) != len(quotes) || len(r.Kinds) != len(quotes) {
		return fmt.Errorf("%d attributions and %d kinds for %d quotes", len(r.Attributions), len(r.Kinds), len(quotes))
	}
	for i, e := range r.Entities {
		if e.ID != i || e.Name == "" {
			return fmt.Errorf("entity %d has ID %d and name %q", i, e.ID, e.Name)
		}
		for k, m := range e.Mentions {
			if err := checkSpan(text, m.Span); err != nil {
				return fmt.Errorf("entity %d mention: %v", i, err)
			}
			if k > 0 && m.Span.Start < e.Mentions[k-1].Span.Start {
				return fmt.Errorf("entity %d: mention %v before the one listed ahead of it", i, m.Span)
			}
		}
	}
	for i, k := range r.Kinds {
		if k < quote.Direct || k > quote.Term {
			return fmt.Errorf("quote %d: kind %v", i, k)
		}
	}
	for i, a := range r.Attributions {
		if a.Speaker < -1 || a.Speaker >= len(r.Entities) || a.Addressee < -1 || a.Addressee >= len(r.Entities) {
			return fmt.Errorf("quote %d: speaker %d, addressee %d of %d entities", i, a.Speaker, a.Addressee, len(r.Entities))
		}
		if a.Confidence < 0 || a.Confidence > 1 {
			return fmt.Errorf("quote %d: confidence %v", i, a.Confidence)
		}
		for _, s := range []Span{a.Mention, a.Cue} {
			if err := checkSpan(text, s); err != nil {
				return fmt.Errorf("quote %d: %v", i, err)
			}
		}
	}
	return nil
}

// checkSpan reports a span outside text or off a rune boundary.
func checkSpan(text string, s Span) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return fmt.Errorf("span %v outside text of %d bytes", s, len(text))
	}
	if !span.OnRuneBoundary(text, s.Start) || !span.OnRuneBoundary(text, s.End) {
		return fmt.Errorf("span %v not on rune boundaries", s)
	}
	return nil
}
