package quote_test

import (
	"fmt"

	"github.com/quoteattr/quoteattr/quote"
)

// found is a Quote reduced to what the tables check: the quoted text with
// its marks, and its kind, depth and flags.
type found struct {
	Text     string
	Kind     quote.Kind
	Depth    int
	Unclosed bool
	Parts    []string
}

// summarize reduces quotes to comparable values.
func summarize(text string, qs []quote.Quote) []found {
	out := []found{}
	for _, q := range qs {
		f := found{Text: q.Span.Text(text), Kind: q.Kind, Depth: q.Depth, Unclosed: q.Unclosed}
		for _, p := range q.Parts {
			f.Parts = append(f.Parts, p.Text(text))
		}
		out = append(out, f)
	}
	return out
}

// d, p and tm build expected top-level quotations of each kind; n builds a
// nested one.
func d(s string) found  { return found{Text: s, Kind: quote.Direct} }
func p(s string) found  { return found{Text: s, Kind: quote.Partial} }
func tm(s string) found { return found{Text: s, Kind: quote.Term} }
func n(depth int, k quote.Kind, s string) found {
	return found{Text: s, Kind: k, Depth: depth}
}

// unclosed marks f as left open.
func unclosed(f found) found { f.Unclosed = true; return f }

// parts marks f as running over the given paragraphs.
func parts(f found, ps ...string) found { f.Parts = ps; return f }

// problem returns what is wrong with quotes found in text, or "": spans
// inside text and on rune boundaries, content inside span, parts inside
// span and in order, sorted by start with an enclosing quotation first,
// depth and parent consistent with containment.
func problem(text string, qs []quote.Quote) string {
	b := runeStarts(text)
	for i, q := range qs {
		if s := spanProblem(b, q.Span); s != "" {
			return "span " + s
		}
		if s := spanProblem(b, q.Content); s != "" || !q.Span.Contains(q.Content) {
			return "content outside span " + s
		}
		if s := partsProblem(b, q); s != "" {
			return s
		}
		if i > 0 && (qs[i-1].Span.Start > q.Span.Start ||
			qs[i-1].Span.Start == q.Span.Start && qs[i-1].Span.End < q.Span.End) {
			return "not sorted"
		}
		if i > 0 && qs[i-1].Span.Overlaps(q.Span) && !qs[i-1].Span.Contains(q.Span) {
			return "overlapping quotations"
		}
		if s := nestingProblem(qs, i); s != "" {
			return s
		}
	}
	return ""
}

// runeStarts marks the offsets where ranging over text yields a rune, and
// len(text): the rune boundaries, also in text that is not valid UTF-8
// (where each bad byte counts as a rune).
func runeStarts(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

func spanProblem(boundary []bool, s quote.Span) string {
	switch {
	case s.Start < 0 || s.End >= len(boundary) || s.Start > s.End:
		return "out of range"
	case !boundary[s.Start]:
		return "start inside a rune"
	case !boundary[s.End]:
		return "end inside a rune"
	}
	return ""
}

func partsProblem(boundary []bool, q quote.Quote) string {
	prev := q.Span.Start
	for _, p := range q.Parts {
		if s := spanProblem(boundary, p); s != "" || !q.Span.Contains(p) || p.Start < prev {
			return "bad part " + s
		}
		prev = p.End
	}
	return ""
}

// nestingProblem checks quotation i of qs, sorted with an enclosing
// quotation first: its parent must be the innermost earlier quotation
// whose span contains it (none for a top-level one), and its depth one
// more than its parent's.
func nestingProblem(qs []quote.Quote, i int) string {
	q := qs[i]
	want := -1
	for k := i - 1; k >= 0; k = qs[k].Parent {
		if qs[k].Span.Contains(q.Span) {
			want = k
			break
		}
		if qs[k].Parent >= k {
			return "parent after child"
		}
	}
	switch {
	case q.Parent != want:
		return fmt.Sprintf("parent %d, want %d (the innermost quotation containing it)", q.Parent, want)
	case want < 0 && q.Depth != 0:
		return "top level with depth"
	case want >= 0 && qs[want].Depth+1 != q.Depth:
		return "depth not one more than the parent's"
	}
	return ""
}
