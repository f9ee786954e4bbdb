package main

import (
	"bytes"
	"fmt"
	"html"
	"math"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/quote"
)

// pageOf renders the page of doc for text.
func pageOf(t testing.TB, title, text string, doc *quoteattr.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := writePage(&b, newPage(title, text, doc)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var (
	mainRE = regexp.MustCompile(`(?s)<main id="text"[^>]*>(.*)</main>`)
	paraRE = regexp.MustCompile(`(?s)<p[^>]*>(.*?)</p>`)
	tagRE  = regexp.MustCompile(`<[^>]*>`)
)

// pageParagraphs returns the text of each paragraph of the page's text
// column, tags removed and entities decoded. Since the page escapes every
// "<" of the text, every tag it finds is the page's own.
func pageParagraphs(t testing.TB, page string) []string {
	t.Helper()
	m := mainRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no text column in page")
	}
	var out []string
	for _, p := range paraRE.FindAllStringSubmatch(m[1], -1) {
		out = append(out, html.UnescapeString(tagRE.ReplaceAllString(p[1], "")))
	}
	return out
}

// withoutSpace removes every white-space character of s.
func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestPageKeepsText(t *testing.T) {
	sample, err := os.ReadFile(sampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range paragraphsOf(fixtureText) {
		want = append(want, p.Text(fixtureText))
	}
	if diff := cmp.Diff(want, pageParagraphs(t, pageOf(t, "f", fixtureText, fixtureDoc(t)))); diff != "" {
		t.Errorf("fixture: the page's paragraphs are not the text's (-want +got):\n%s", diff)
	}
	for _, text := range []string{string(sample), hostileText, fixtureText} {
		got := strings.Join(pageParagraphs(t, pageOf(t, "t", text, quoteattr.Analyze(text))), "")
		if withoutSpace(got) != withoutSpace(text) {
			t.Errorf("page text differs from the input beyond white space:\n got %q\nwant %q", got, text)
		}
	}
}

func TestPageEscapes(t *testing.T) {
	q := find(t, hostileText, `"</span><i>more</i>"`, 0)
	d := &quoteattr.Document{
		Paragraphs: paragraphsOf(hostileText),
		Speakers:   []quoteattr.Speaker{{Name: `<img src=x onerror="alert(1)">`}, {Name: `"><script>alert(2)</script>`}},
		Quotes: []quoteattr.Quote{{Span: q, Content: inner(q), Kind: quote.Direct, Parent: -1, Speaker: 0, Addressee: 1,
			Mention: find(t, hostileText, "<b>Eve</b>", 0), Cue: find(t, hostileText, "said", 0), Confidence: 1}},
	}
	page := pageOf(t, `</title><script>alert(3)</script>`, hostileText, d)
	for _, bad := range []string{"<b>", "<i>", "<img", "</span><i>", "<script>alert", "<script>window", `"><script`} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	if n := strings.Count(strings.ToLower(page), "<script"); n != 1 {
		t.Errorf("page has %d script elements, want only its own", n)
	}
	for _, escaped := range []string{
		"&lt;script&gt;window.pwned = 1&lt;/script&gt;",
		"&lt;b&gt;Eve&lt;/b&gt;",
		`data-speaker="&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"`,
		`data-addressee="&#34;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"`,
		"&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt; — who said what</title>",
		`<span class="name">&lt;img src=x onerror=&#34;alert(1)&#34;&gt;</span>`,
	} {
		if !strings.Contains(page, escaped) {
			t.Errorf("page lacks %q", escaped)
		}
	}
}

func TestTally(t *testing.T) {
	p := newPage("f", fixtureText, fixtureDoc(t))
	want := []speakerRow{
		{Who: "s0", Name: "Ana Ruiz", Quotes: 3, Words: 20, Share: "41.7%"},
		{Who: "s1", Name: "Tom Brandt", Quotes: 2, Words: 17, Share: "35.4%"},
		{Who: "s2", Name: "Lena Park", Quotes: 2, Words: 7, Share: "14.6%"},
		{Who: "none", Name: "Unattributed", Quotes: 2, Words: 4, Share: "8.3%"},
	}
	got := append(p.Speakers, p.Unattributed)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got, want := p.Summary(), "9 quotations, 7 attributed, 3 speakers; 48 words quoted; 1 term."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
}

func TestTallyRanks(t *testing.T) {
	const text = `"One." A said. "Two words." B said. "Three more words." C said. "Four." C said.`
	f := func(s string) quoteattr.Span { return find(t, text, s, 0) }
	q := func(s string, who int) quoteattr.Quote {
		return quoteattr.Quote{Span: f(s), Content: inner(f(s)), Kind: quote.Direct, Parent: -1, Speaker: who, Addressee: -1}
	}
	d := &quoteattr.Document{
		Paragraphs: paragraphsOf(text),
		Speakers:   []quoteattr.Speaker{{ID: 0, Name: "A"}, {ID: 1, Name: "B"}, {ID: 2, Name: "C"}, {ID: 3, Name: "D"}},
		Quotes:     []quoteattr.Quote{q(`"One."`, 0), q(`"Two words."`, 1), q(`"Three more words."`, 2), q(`"Four."`, 7)},
	}
	p := newPage("r", text, d)
	var got []string
	for _, r := range append(p.Speakers, p.Unattributed) {
		got = append(got, r.Name+" "+r.Share)
	}
	want := []string{"C 42.9%", "B 28.6%", "A 14.3%", "Unattributed 14.3%"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ranking by words, a speaker index out of range counting as unattributed (-want +got):\n%s", diff)
	}
}

func TestColourSlots(t *testing.T) {
	got := colourSlots(fixtureDoc(t))
	if diff := cmp.Diff([]int{0, 1, 2}, got); diff != "" {
		t.Errorf("slots in order of first quotation (-want +got):\n%s", diff)
	}
}

func TestColourAt(t *testing.T) {
	hex := regexp.MustCompile(`^#[0-9a-f]{6}$`)
	seen := map[string]int{}
	for slot := range 64 {
		c := colourAt(slot)
		if !hex.MatchString(c.BG) || !hex.MatchString(c.Line) {
			t.Errorf("slot %d: colour %+v is not #rrggbb", slot, c)
		}
		if prev, ok := seen[c.BG]; ok {
			t.Errorf("slots %d and %d share background %s", prev, slot, c.BG)
		}
		seen[c.BG] = slot
		if r := contrast(c.BG, "#1b1b1b"); r < 12 {
			t.Errorf("slot %d: text on %s has contrast %.1f, want at least 12", slot, c.BG, r)
		}
		if r := contrast(c.Line, "#ffffff"); r < 4.5 {
			t.Errorf("slot %d: line %s on white has contrast %.1f, want at least 4.5", slot, c.Line, r)
		}
	}
}

func TestCountWords(t *testing.T) {
	cases := []struct {
		in     string
		want   int
		reason string
	}{
		{"", 0, "nothing"},
		{"We are ready,", 3, "punctuation stays with its word"},
		{"one — two", 2, "a lone dash is no word"},
		{"It cost $40,000.", 3, "figures are words"},
		{"“Fine.”\n\n“Good.”", 2, "marks attached to words"},
		{"Здравствуйте, мир", 2, "any script's letters"},
	}
	for _, c := range cases {
		if got := countWords(c.in); got != c.want {
			t.Errorf("countWords(%q) = %d, want %d: %s", c.in, got, c.want, c.reason)
		}
	}
}

// contrast returns the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance returns the WCAG relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	var rgb [3]float64
	for i := range rgb {
		var v int
		fmt.Sscanf(hex[1+2*i:3+2*i], "%02x", &v)
		c := float64(v) / 255
		if c <= 0.04045 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}

func TestPageSelfContained(t *testing.T) {
	page := pageOf(t, "f", fixtureText, fixtureDoc(t))
	for _, external := range []string{"http:", "https:", "<link", " src=", " href=", "@import", "url("} {
		if strings.Contains(page, external) {
			t.Errorf("page refers to something outside itself: %q", external)
		}
	}
}
