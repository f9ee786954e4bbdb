package main

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/quoteattr/quoteattr"
)

// A node is one piece of a block: a run of text, or an element (a
// quotation, a mention or a cue) holding further nodes.
type node struct {
	// Text is the text of a text node; it is printed escaped.
	Text string
	// El is the element, or nil for a text node.
	El *element
}

// An element is a highlighted stretch of text: a fragment of a quotation,
// or a speaker mention or speech cue that quotations point to. Its fields
// are plain strings so that the template reads them cheaply.
type element struct {
	// Class holds the CSS classes; Who is the filter key of the speaker.
	Class, Who string
	// Of holds the indices of the quotations a mention or cue serves,
	// separated by spaces.
	Of string
	// Quote describes the quotation an element is a fragment of; it is nil
	// for a mention or a cue.
	Quote *quoteInfo
	// First marks the first element of a quotation, the one that takes
	// the keyboard focus.
	First    bool
	Children []node
	mark     *mark
}

// markKind says what an element highlights.
type markKind uint8

const (
	markQuote markKind = iota
	markMention
	markCue
)

// A mark is one thing to highlight: a quotation, or a mention or cue with
// the quotations it serves. Several intervals (a quotation's parts, or the
// pieces of a split element) share one mark.
type mark struct {
	kind markKind
	// quote is the index of the quotation in Document.Quotes (markQuote).
	quote int
	// quotes are the quotations a mention or cue serves, in order.
	quotes []int
	// info describes the quotation (markQuote).
	info *quoteInfo
	// who is the filter key and CSS class of the speaker: "s" and the
	// speaker's index, "none" or "term".
	who string
	// class holds the CSS classes of the mark's elements.
	class string
	// of lists quotes as the template prints it.
	of string
}

// An interval is a span of text to wrap in an element for a mark.
type interval struct {
	span quoteattr.Span
	// rank orders intervals with the same span: the lower rank encloses
	// the higher (outer quotations, then inner ones, then mentions and
	// cues).
	rank int
	mark *mark
	// first marks the first part of a quotation; only the first element
	// made for it is focusable.
	first bool
}

// A block is a paragraph of the page.
type block struct {
	// Gap reports text that lies outside every paragraph the analysis
	// found; it is shown all the same, so nothing of the text is lost.
	Gap   bool
	Nodes []node
}

// layout splits text into blocks (its paragraphs, and any non-blank text
// between them) and wraps every interval's text in elements, properly
// nested. Intervals that cross one another or a paragraph end are split
// into several elements, so every byte of every interval is highlighted
// and the page stays well-formed. The blocks' text, read in order, is every
// byte of paragraphs and of non-blank gaps.
func layout(text string, paragraphs []quoteattr.Span, ivs []interval) []block {
	spans, gaps := blockSpans(text, paragraphs)
	perBlock := distribute(spans, ivs, len(text))
	blocks := make([]block, len(spans))
	for i, s := range spans {
		blocks[i] = block{Gap: gaps[i], Nodes: nest(text, s, perBlock[i])}
	}
	return blocks
}

// blockSpans returns the paragraphs, sorted and made disjoint, with the
// non-blank text between them as extra blocks (trimmed of spaces) flagged
// in gaps.
func blockSpans(text string, paragraphs []quoteattr.Span) (spans []quoteattr.Span, gaps []bool) {
	sorted := slices.Clone(paragraphs)
	slices.SortStableFunc(sorted, func(a, b quoteattr.Span) int { return cmp.Compare(a.Start, b.Start) })
	pos := 0
	for _, p := range sorted {
		p.Start, p.End = max(p.Start, pos), min(p.End, len(text))
		if p.Start >= p.End {
			continue
		}
		spans, gaps = appendGap(spans, gaps, text, pos, p.Start)
		spans, gaps = append(spans, p), append(gaps, false)
		pos = p.End
	}
	return appendGap(spans, gaps, text, pos, len(text))
}

// appendGap appends text[start:end], trimmed, as a gap block when it holds
// anything but white space.
func appendGap(spans []quoteattr.Span, gaps []bool, text string, start, end int) ([]quoteattr.Span, []bool) {
	gap := text[start:end]
	trimmed := strings.TrimLeft(gap, " \t\r\n\f\v")
	start += len(gap) - len(trimmed)
	end = start + len(strings.TrimRight(trimmed, " \t\r\n\f\v"))
	if start >= end {
		return spans, gaps
	}
	return append(spans, quoteattr.Span{Start: start, End: end}), append(gaps, true)
}

// distribute clips every interval to the blocks it overlaps and returns the
// pieces per block. Intervals outside the text or empty are dropped.
func distribute(blocks []quoteattr.Span, ivs []interval, textLen int) [][]interval {
	out := make([][]interval, len(blocks))
	for _, iv := range ivs {
		s := quoteattr.Span{Start: max(iv.span.Start, 0), End: min(iv.span.End, textLen)}
		first := sort.Search(len(blocks), func(i int) bool { return blocks[i].End > s.Start })
		for b := first; b < len(blocks) && blocks[b].Start < s.End; b++ {
			piece := iv
			piece.span = quoteattr.Span{Start: max(s.Start, blocks[b].Start), End: min(s.End, blocks[b].End)}
			if piece.span.Start < piece.span.End {
				out[b] = append(out[b], piece)
				iv.first = false
			}
		}
	}
	return out
}

// nest builds the nodes of one block. It sweeps the block from boundary to
// boundary, keeping the intervals that cover the current stretch in
// canonical order (start, longest first, rank); the open elements follow
// that order, so an interval that crosses another is closed and reopened.
func nest(text string, blk quoteattr.Span, ivs []interval) []node {
	slices.SortStableFunc(ivs, compareIntervals)
	b := nester{ivs: ivs, opened: make([]bool, len(ivs))}
	bounds := boundaries(blk, ivs)
	next := 0
	var active []int
	for k := 0; k+1 < len(bounds); k++ {
		from, to := bounds[k], bounds[k+1]
		active = slices.DeleteFunc(active, func(i int) bool { return ivs[i].span.End <= from })
		for ; next < len(ivs) && ivs[next].span.Start <= from; next++ {
			if ivs[next].span.End > from {
				active = append(active, next)
			}
		}
		b.sync(active)
		b.addText(text[from:to])
	}
	return b.root
}

// compareIntervals orders intervals by start, then the longer first, then
// by rank.
func compareIntervals(a, b interval) int {
	if c := cmp.Compare(a.span.Start, b.span.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(b.span.End, a.span.End); c != 0 {
		return c
	}
	return cmp.Compare(a.rank, b.rank)
}

// boundaries returns the block's start and end and every interval start
// and end, sorted, without repeats.
func boundaries(blk quoteattr.Span, ivs []interval) []int {
	bounds := make([]int, 0, 2*len(ivs)+2)
	bounds = append(bounds, blk.Start, blk.End)
	for _, iv := range ivs {
		bounds = append(bounds, iv.span.Start, iv.span.End)
	}
	slices.Sort(bounds)
	return slices.Compact(bounds)
}

// A nester builds a tree of nodes from a sequence of open-interval sets.
type nester struct {
	ivs    []interval
	opened []bool
	root   []node
	// stack holds the open elements and the interval each is for.
	stack  []*element
	stackI []int
}

// sync closes the open elements that active no longer starts with and
// opens elements for the rest of active.
func (b *nester) sync(active []int) {
	keep := 0
	for keep < len(active) && keep < len(b.stackI) && b.stackI[keep] == active[keep] {
		keep++
	}
	b.stack, b.stackI = b.stack[:keep], b.stackI[:keep]
	for _, i := range active[keep:] {
		m := b.ivs[i].mark
		el := &element{Class: m.class, Who: m.who, Of: m.of, Quote: m.info, First: b.ivs[i].first && !b.opened[i], mark: m}
		b.opened[i] = true
		b.add(node{El: el})
		b.stack, b.stackI = append(b.stack, el), append(b.stackI, i)
	}
}

// addText adds a text node to the innermost open element.
func (b *nester) addText(s string) {
	if s != "" {
		b.add(node{Text: s})
	}
}

// add appends n to the innermost open element, or to the root.
func (b *nester) add(n node) {
	if len(b.stack) == 0 {
		b.root = append(b.root, n)
		return
	}
	top := b.stack[len(b.stack)-1]
	top.Children = append(top.Children, n)
}
