package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quoteattr/quoteattr"
)

// sketch writes blocks in a compact form: blocks separated by " | ", gap
// blocks prefixed with "gap:", elements as {name:children}, and a "*" after
// the name of an element that takes the focus.
func sketch(blocks []block) string {
	var b strings.Builder
	for i, blk := range blocks {
		if i > 0 {
			b.WriteString(" | ")
		}
		if blk.Gap {
			b.WriteString("gap:")
		}
		sketchNodes(&b, blk.Nodes)
	}
	return b.String()
}

func sketchNodes(b *strings.Builder, nodes []node) {
	for _, n := range nodes {
		if n.El == nil {
			b.WriteString(n.Text)
			continue
		}
		name := map[markKind]string{markQuote: "q", markMention: "m", markCue: "c"}[n.El.mark.kind]
		if n.El.mark.kind == markQuote {
			name += fmt.Sprint(n.El.mark.quote)
		}
		if n.El.First {
			name += "*"
		}
		fmt.Fprintf(b, "{%s:", name)
		sketchNodes(b, n.El.Children)
		b.WriteString("}")
	}
}

func sp(start, end int) quoteattr.Span { return quoteattr.Span{Start: start, End: end} }

// iv returns an interval for quotation q (q >= 0, rank depth) or for a
// mention (q == -1) or a cue (q == -2).
func iv(q, depth int, s quoteattr.Span, first bool) interval {
	switch q {
	case -1:
		return interval{span: s, rank: linkRank, mark: &mark{kind: markMention}}
	case -2:
		return interval{span: s, rank: linkRank + 1, mark: &mark{kind: markCue}}
	}
	return interval{span: s, rank: depth, mark: &mark{kind: markQuote, quote: q}, first: first}
}

func TestLayout(t *testing.T) {
	//          0         1         2
	//          0123456789012345678901234
	const one = `ab "cd 'ef' gh" ij said Kl`
	const two = "abc def\n\nghi jkl"
	cases := []struct {
		name       string
		text       string
		paragraphs []quoteattr.Span
		ivs        []interval
		want       string
		reason     string
	}{
		{"empty", "", nil, nil, "", "no text, no blocks"},
		{"plain", one, []quoteattr.Span{sp(0, len(one))}, nil, one, "text without marks is one text node"},
		{"quote", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(0, 0, sp(3, 15), true)},
			`ab {q0*:"cd 'ef' gh"} ij said Kl`, "a quotation is wrapped whole and takes the focus"},
		{"nested", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(1, 1, sp(7, 11), true), iv(0, 0, sp(3, 15), true)},
			`ab {q0*:"cd {q1*:'ef'} gh"} ij said Kl`, "an inner quotation nests in the outer, whatever the input order"},
		{"same span", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(-1, 0, sp(3, 15), false), iv(1, 1, sp(3, 15), true), iv(0, 0, sp(3, 15), true)},
			`ab {q0*:{q1*:{m:"cd 'ef' gh"}}} ij said Kl`, "equal spans nest by rank: outer quotation, inner, then mention"},
		{"mention and cue", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(0, 0, sp(3, 15), true), iv(-2, 0, sp(19, 23), false), iv(-1, 0, sp(24, 26), false)},
			`ab {q0*:"cd 'ef' gh"} ij {c:said} {m:Kl}`, "mentions and cues outside quotations"},
		{"crossing", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(0, 0, sp(3, 8), true), iv(-1, 0, sp(6, 12), false)},
			`ab {q0*:"cd{m: '}}{m:ef' }gh" ij said Kl`, "a mention crossing a quotation's end is split in two"},
		{"crossing quotes", one, []quoteattr.Span{sp(0, len(one))},
			[]interval{iv(0, 0, sp(3, 10), true), iv(1, 0, sp(7, 15), true)},
			`ab {q0*:"cd {q1*:'ef}}{q1:' gh"} ij said Kl`, "only the first piece of a split quotation takes the focus"},
		{"two paragraphs", two, []quoteattr.Span{sp(0, 7), sp(9, 16)},
			[]interval{iv(0, 0, sp(4, 12), true)},
			`abc {q0*:def} | {q0:ghi} jkl`, "a span over a paragraph break is clipped to each paragraph"},
		{"parts", two, []quoteattr.Span{sp(0, 7), sp(9, 16)},
			[]interval{iv(0, 0, sp(4, 7), true), iv(0, 0, sp(9, 12), false)},
			`abc {q0*:def} | {q0:ghi} jkl`, "a multi-paragraph quotation's parts"},
		{"gap", two, []quoteattr.Span{sp(9, 16)},
			[]interval{iv(0, 0, sp(0, 3), true)},
			`gap:{q0*:abc} def | ghi jkl`, "text outside every paragraph is kept, with its highlights"},
		{"no paragraphs", "  abc  ", nil, nil, "gap:abc", "a gap block is trimmed of spaces"},
		{"blank gap", two, []quoteattr.Span{sp(0, 7), sp(7, 9), sp(9, 16)}, nil,
			"abc def | \n\n | ghi jkl", "a paragraph of white space is still a paragraph"},
		{"unsorted overlapping paragraphs", two, []quoteattr.Span{sp(9, 16), sp(0, 12)}, nil,
			"abc def\n\nghi |  jkl", "paragraphs are sorted and made disjoint"},
		{"out of range", "abc", []quoteattr.Span{sp(0, 3)},
			[]interval{iv(0, 0, sp(-5, 1), true), iv(1, 0, sp(2, 99), true), iv(2, 0, sp(2, 2), true), iv(3, 0, sp(3, 1), true)},
			"{q0*:a}b{q1*:c}", "spans are clipped to the text; empty and inverted ones dropped"},
		{"paragraph past the end", "abc", []quoteattr.Span{sp(0, 10)}, nil, "abc", "a paragraph is clipped to the text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sketch(layout(c.text, c.paragraphs, c.ivs))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s\nlayout (-want +got):\n%s", c.reason, diff)
			}
		})
	}
}
