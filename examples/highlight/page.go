package main

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/quote"
)

// A page is everything the template prints for one text.
type page struct {
	// Title names the text (its file name).
	Title string
	// Style is the page's CSS: the fixed style sheet and one rule per
	// speaker colour.
	Style template.CSS
	// Script is the page's small plain JavaScript.
	Script template.JS
	// Blocks are the text's paragraphs with their highlights.
	Blocks []block
	// Speakers are the quoted speakers, ranked by words quoted.
	Speakers []speakerRow
	// Unattributed sums the quotations nobody was found to have said.
	Unattributed speakerRow
	// Terms counts the scare quotes, titles and quoted words.
	Terms int
	// Quotes counts the quotations that are speech (not terms);
	// Attributed counts those with a speaker.
	Quotes, Attributed int
	// Words counts the words of the top-level speech quotations.
	Words int
}

// Summary returns the page's figures in a sentence.
func (p *page) Summary() string {
	s := fmt.Sprintf("%s, %d attributed, %s; %s quoted", plural(p.Quotes, "quotation"), p.Attributed,
		plural(len(p.Speakers), "speaker"), plural(p.Words, "word"))
	if p.Terms > 0 {
		s += "; " + plural(p.Terms, "term")
	}
	return s + "."
}

// plural returns n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// A speakerRow is one line of the side panel.
type speakerRow struct {
	// Who is the filter key and CSS class: "s" and the speaker's index, or
	// "none" for the unattributed row.
	Who  string
	Name string
	// Quotes counts the speaker's quotations, nested ones included.
	Quotes int
	// Words counts the words of the speaker's top-level quotations.
	Words int
	// Share is Words as a percentage of all quoted words, such as "42.1%".
	Share string
}

// quoteInfo is what a quotation's elements say about it.
type quoteInfo struct {
	Index int
	// Who is the CSS class and filter key: "s" and the speaker's index,
	// "none" when unattributed, "term" for a term.
	Who                                        string
	Speaker, Kind, Rule, Confidence, Addressee string
	// Title sums the rest up for the title attribute, the tooltip of
	// readers without JavaScript.
	Title string
}

// newPage lays out the analysis d of text for the template. It takes the
// text apart from d so that tests can pair hand-made analyses with their
// texts.
func newPage(title, text string, d *quoteattr.Document) *page {
	slots := colourSlots(d)
	marks := quoteMarks(d, slots)
	ivs := quoteIntervals(d, marks)
	ivs = append(ivs, linkIntervals(d, marks)...)
	p := &page{
		Title:  title,
		Style:  template.CSS(pageCSS + speakerCSS(slots)),
		Script: template.JS(pageJS),
		Blocks: layout(text, d.Paragraphs, ivs),
	}
	p.tally(text, d, slots)
	return p
}

// speaks reports whether q is speech that a speaker can own, as opposed
// to a term.
func speaks(q quoteattr.Quote) bool { return q.Kind != quote.Term }

// speakerOf returns the index of q's speaker, or -1 when q is a term or
// has no valid speaker.
func speakerOf(d *quoteattr.Document, q quoteattr.Quote) int {
	if _, ok := d.SpeakerOf(q); !ok || !speaks(q) {
		return -1
	}
	return q.Speaker
}

// colourSlots gives every quoted speaker a colour slot, in the order of
// their first quotation; the result maps speaker index to slot, -1 for
// speakers never quoted.
func colourSlots(d *quoteattr.Document) []int {
	slots := make([]int, len(d.Speakers))
	for i := range slots {
		slots[i] = -1
	}
	next := 0
	for _, q := range d.Quotes {
		if s := speakerOf(d, q); s >= 0 && slots[s] < 0 {
			slots[s] = next
			next++
		}
	}
	return slots
}

// who returns the filter key and CSS class of q.
func who(d *quoteattr.Document, q quoteattr.Quote) string {
	switch s := speakerOf(d, q); {
	case !speaks(q):
		return "term"
	case s < 0:
		return "none"
	default:
		return "s" + strconv.Itoa(s)
	}
}

// quoteMarks returns one mark per quotation, with what its elements show.
func quoteMarks(d *quoteattr.Document, slots []int) []*mark {
	marks := make([]*mark, len(d.Quotes))
	for i, q := range d.Quotes {
		info := &quoteInfo{
			Index:      i,
			Who:        who(d, q),
			Speaker:    "unattributed",
			Kind:       q.Kind.String(),
			Rule:       q.Rule.String(),
			Confidence: strconv.FormatFloat(q.Confidence, 'f', 2, 64),
		}
		if s, ok := d.SpeakerOf(q); ok {
			info.Speaker = s.Name
		}
		if q.Addressee >= 0 && q.Addressee < len(d.Speakers) {
			info.Addressee = d.Speakers[q.Addressee].Name
		}
		info.Title = info.Speaker + " — " + info.Kind + ", " + info.Rule + ", " + info.Confidence
		class := "q " + info.Who + " k-" + info.Kind
		if q.Depth > 0 {
			class += " nested"
		}
		marks[i] = &mark{kind: markQuote, quote: i, info: info, who: info.Who, class: class}
	}
	return marks
}

// quoteIntervals returns an interval per part of every quotation.
func quoteIntervals(d *quoteattr.Document, marks []*mark) []interval {
	var ivs []interval
	for i, q := range d.Quotes {
		parts := q.Parts
		if len(parts) == 0 {
			parts = []quoteattr.Span{q.Span}
		}
		for k, part := range parts {
			ivs = append(ivs, interval{span: part, rank: max(q.Depth, 0), mark: marks[i], first: k == 0})
		}
	}
	return ivs
}

// linkRank places mentions and cues inside any quotation with the same
// span.
const linkRank = 1 << 30

// linkIntervals returns an interval per distinct mention and cue, each
// with the quotations it serves. It takes its colour from the first of
// them.
func linkIntervals(d *quoteattr.Document, marks []*mark) []interval {
	type key struct {
		span quoteattr.Span
		kind markKind
	}
	var ivs []interval
	index := map[key]int{}
	add := func(s quoteattr.Span, kind markKind, q int) {
		if s.Empty() {
			return
		}
		k := key{s, kind}
		i, ok := index[k]
		if !ok {
			i = len(ivs)
			index[k] = i
			ivs = append(ivs, interval{span: s, rank: linkRank + int(kind), mark: &mark{kind: kind, who: marks[q].who}})
		}
		ivs[i].mark.quotes = append(ivs[i].mark.quotes, q)
	}
	for i, q := range d.Quotes {
		add(q.Mention, markMention, i)
		add(q.Cue, markCue, i)
	}
	for _, iv := range ivs {
		m := iv.mark
		m.class = "cue " + m.who
		if m.kind == markMention {
			m.class = "mention " + m.who
		}
		ids := make([]string, len(m.quotes))
		for k, q := range m.quotes {
			ids[k] = strconv.Itoa(q)
		}
		m.of = strings.Join(ids, " ")
	}
	return ivs
}

// tally fills the panel: quotations and words per speaker, ranked.
func (p *page) tally(text string, d *quoteattr.Document, slots []int) {
	rows := make([]speakerRow, len(d.Speakers))
	p.Unattributed = speakerRow{Who: "none", Name: "Unattributed"}
	for _, q := range d.Quotes {
		if !speaks(q) {
			p.Terms++
			continue
		}
		p.Quotes++
		row := &p.Unattributed
		if s := speakerOf(d, q); s >= 0 {
			row = &rows[s]
			p.Attributed++
		}
		row.Quotes++
		if q.Depth == 0 {
			n := countWords(q.Content.Text(text))
			row.Words += n
			p.Words += n
		}
	}
	for s, row := range rows {
		if row.Quotes > 0 {
			row.Who, row.Name = "s"+strconv.Itoa(s), d.Speakers[s].Name
			p.Speakers = append(p.Speakers, row)
		}
	}
	slices.SortStableFunc(p.Speakers, func(a, b speakerRow) int {
		return cmp.Or(cmp.Compare(b.Words, a.Words), cmp.Compare(b.Quotes, a.Quotes))
	})
	for i := range p.Speakers {
		p.Speakers[i].Share = share(p.Speakers[i].Words, p.Words)
	}
	p.Unattributed.Share = share(p.Unattributed.Words, p.Words)
}

// share formats part as a percentage of whole, with one decimal.
func share(part, whole int) string {
	if whole == 0 {
		return "0.0%"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(part)/float64(whole))
}

// countWords counts the words of s: runs of non-space characters holding
// at least one letter or digit, so lone marks and dashes do not count.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// speakerCSS returns one rule per quoted speaker setting its colours.
func speakerCSS(slots []int) string {
	var b strings.Builder
	for s, slot := range slots {
		if slot >= 0 {
			c := colourAt(slot)
			fmt.Fprintf(&b, ".s%d{--bg:%s;--line:%s}\n", s, c.BG, c.Line)
		}
	}
	return b.String()
}
