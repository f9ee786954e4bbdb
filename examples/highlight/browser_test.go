package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/quote"
)

var (
	updateScreenshot = flag.Bool("update-screenshot", false, "rewrite screenshot.png from the browser test's page for the sample article")
	screenshotDir    = flag.String("screenshots", "", "also save the browser test's screenshots in this directory")
)

// chromium returns the path of the Chromium binary ($CHROMIUM, else
// chromium on $PATH). It skips the test in -short mode and when there is
// no Chromium, unless $QUOTEATTR_REQUIRE_BROWSER is set, as CI sets it.
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path, _ = exec.LookPath("chromium")
	}
	if path == "" {
		if os.Getenv("QUOTEATTR_REQUIRE_BROWSER") != "" {
			t.Fatal("no chromium on $PATH and QUOTEATTR_REQUIRE_BROWSER is set")
		}
		t.Skip("no chromium on $PATH (Debian: apt-get install chromium)")
	}
	return path
}

// TestBrowser loads generated pages in headless Chromium and checks the
// rendered DOM: every quotation in its speaker's colour, the panel's
// figures, the tooltip by keyboard and mouse, the speaker filter, and that
// a hostile text stays text.
func TestBrowser(t *testing.T) {
	path := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := startBrowser(t, path)

	sample, err := os.ReadFile(sampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	sampleDoc := quoteattr.Analyze(string(sample))
	cases := []struct {
		name, title, text string
		doc               *quoteattr.Document
		reason            string
	}{
		{"sample", filepath.Base(sampleArticle), string(sample), sampleDoc, "the library's own analysis of the bundled article"},
		{"attributed", "hand-made attribution", fixtureText, fixtureDoc(t), "hand-made attribution: several colours, nesting, two-paragraph quotation, addressee"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := openPage(ctx, t, b, c.title, c.text, c.doc)
			checkHighlights(ctx, t, tb, c.text, c.doc)
			checkPanel(ctx, t, tb, c.text, c.doc)
			checkTooltip(ctx, t, tb, c.doc)
			checkFilter(ctx, t, tb)
			shoot(ctx, t, tb, c.name)
		})
	}
	t.Run("hostile", func(t *testing.T) { checkHostile(ctx, t, b) })
}

// openPage writes the page for doc into the test's temp dir and opens it.
func openPage(ctx context.Context, t *testing.T, b *browser, title, text string, doc *quoteattr.Document) *tab {
	t.Helper()
	file := filepath.Join(t.TempDir(), "page.html")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := writePage(f, newPage(title, text, doc)); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	tb, err := b.open(ctx, (&url.URL{Scheme: "file", Path: file}).String(), 1280, 900)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// fragment is what the DOM says of one element of a quotation.
type fragment struct {
	Q     int    `json:"q"`
	Who   string `json:"who"`
	BG    string `json:"bg"`
	Line  string `json:"line"`
	Text  string `json:"text"`
	Focus bool   `json:"focus"`
}

// expectedWho returns the filter key the page must give quotation q:
// "term", "none" or "s" and the speaker's index.
func expectedWho(d *quoteattr.Document, q quoteattr.Quote) string {
	if q.Kind == quote.Term {
		return "term"
	}
	if _, ok := d.SpeakerOf(q); !ok {
		return "none"
	}
	return "s" + strconv.Itoa(q.Speaker)
}

// expectedColours returns the background each filter key must show: the
// neutral ones, and the palette's colours given to speakers in the order
// of their first quotation.
func expectedColours(d *quoteattr.Document) map[string]colour {
	want := map[string]colour{
		"term": {BG: "rgba(0, 0, 0, 0)", Line: "rgb(122, 122, 122)"},
		"none": {BG: "rgb(232, 232, 232)", Line: "rgb(122, 122, 122)"},
	}
	for _, q := range d.Quotes {
		who := expectedWho(d, q)
		if _, seen := want[who]; !seen {
			c := colourAt(len(want) - 2)
			want[who] = colour{BG: cssRGB(c.BG), Line: cssRGB(c.Line)}
		}
	}
	return want
}

// cssRGB converts #rrggbb to the rgb() form getComputedStyle reports.
func cssRGB(hex string) string {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("rgb(%d, %d, %d)", v>>16, v>>8&0xff, v&0xff)
}

// checkHighlights checks that every quotation is on the page, whole, in
// its speaker's colour, focusable once, and that its mention and cue are
// underlined in the same colour.
func checkHighlights(ctx context.Context, t *testing.T, tb *tab, text string, d *quoteattr.Document) {
	t.Helper()
	var frags []fragment
	js := `Array.from(document.querySelectorAll('#text .q')).map(el => { const s = getComputedStyle(el);
		return {q: +el.dataset.q, who: el.dataset.who, bg: s.backgroundColor, line: s.borderBottomColor,
			text: el.textContent, focus: el.hasAttribute('tabindex')}; })`
	if err := tb.eval(ctx, js, &frags); err != nil {
		t.Fatal(err)
	}
	colours := expectedColours(d)
	got := make([]fragment, len(d.Quotes))
	want := make([]fragment, len(d.Quotes))
	for i, q := range d.Quotes {
		who := expectedWho(d, q)
		want[i] = fragment{Q: i, Who: who, BG: colours[who].BG, Line: colours[who].Line, Text: quoteText(text, q), Focus: true}
		got[i].Q = -1
	}
	for _, f := range frags {
		if f.Q < 0 || f.Q >= len(got) {
			t.Fatalf("fragment of unknown quotation %d", f.Q)
		}
		g := &got[f.Q]
		if g.Q >= 0 && (g.Who != f.Who || g.BG != f.BG || g.Line != f.Line) {
			t.Errorf("quotation %d: fragments differ: %+v and %+v", f.Q, *g, f)
		}
		if g.Focus && f.Focus {
			t.Errorf("quotation %d: more than one fragment takes the focus", f.Q)
		}
		g.Q, g.Who, g.BG, g.Line = f.Q, f.Who, f.BG, f.Line
		g.Text += f.Text
		g.Focus = g.Focus || f.Focus
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotations in the DOM (-want +got):\n%s", diff)
	}
	checkLinks(ctx, t, tb, text, d, colours)
}

// quoteText returns the text of q's parts, joined.
func quoteText(text string, q quoteattr.Quote) string {
	if len(q.Parts) == 0 {
		return q.Span.Text(text)
	}
	var b strings.Builder
	for _, p := range q.Parts {
		b.WriteString(p.Text(text))
	}
	return b.String()
}

// link is what the DOM says of a mention or a cue.
type link struct {
	Text  string `json:"text"`
	Line  string `json:"line"`
	Style string `json:"style"`
}

// checkLinks checks that each quotation's mention and cue are underlined in
// the colour of the first quotation they serve.
func checkLinks(ctx context.Context, t *testing.T, tb *tab, text string, d *quoteattr.Document, colours map[string]colour) {
	t.Helper()
	for i, q := range d.Quotes {
		for _, l := range []struct {
			class string
			span  quoteattr.Span
			style string
		}{{"mention", q.Mention, "solid"}, {"cue", q.Cue, "double"}} {
			if l.span.Empty() {
				continue
			}
			var got link
			js := fmt.Sprintf(`(() => { const el = document.querySelector('#text .%s[data-of~="%d"]'); if (!el) return {};
				const s = getComputedStyle(el); return {text: el.textContent, line: s.textDecorationLine.includes('underline') ? s.textDecorationColor : 'none', style: s.textDecorationStyle}; })()`, l.class, i)
			if err := tb.eval(ctx, js, &got); err != nil {
				t.Fatal(err)
			}
			first := firstServed(d, l.span, l.class == "mention")
			want := link{Text: l.span.Text(text), Line: colours[expectedWho(d, d.Quotes[first])].Line, Style: l.style}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("quotation %d: %s (-want +got):\n%s", i, l.class, diff)
			}
		}
	}
}

// firstServed returns the first quotation whose mention (or cue) is s.
func firstServed(d *quoteattr.Document, s quoteattr.Span, mention bool) int {
	for i, q := range d.Quotes {
		if mention && q.Mention == s || !mention && q.Cue == s {
			return i
		}
	}
	return -1
}

// panelRow is what the DOM shows in one row of the side panel.
type panelRow struct {
	Who    string `json:"who"`
	Name   string `json:"name"`
	Quotes string `json:"quotes"`
	Words  string `json:"words"`
	Share  string `json:"share"`
}

// checkPanel checks the side panel against figures counted here from the
// analysis: quotations and top-level words per speaker, ranked by words,
// unattributed last; and that each swatch has its speaker's colour.
func checkPanel(ctx context.Context, t *testing.T, tb *tab, text string, d *quoteattr.Document) {
	t.Helper()
	var rows []panelRow
	js := `Array.from(document.querySelectorAll('#speakers tbody tr')).map(tr => ({
		who: tr.querySelector('button').dataset.who, name: tr.querySelector('.name').textContent,
		quotes: tr.querySelector('.n-quotes').textContent, words: tr.querySelector('.n-words').textContent,
		share: tr.querySelector('.share').textContent}))`
	if err := tb.eval(ctx, js, &rows); err != nil {
		t.Fatal(err)
	}
	want := expectedPanel(text, d)
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("panel (-want +got):\n%s", diff)
	}
	var swatches map[string]string
	js = `Object.fromEntries(Array.from(document.querySelectorAll('#speakers .swatch')).map(s =>
		[s.closest('tr').querySelector('button').dataset.who, getComputedStyle(s).backgroundColor]))`
	if err := tb.eval(ctx, js, &swatches); err != nil {
		t.Fatal(err)
	}
	colours := expectedColours(d)
	for who, bg := range swatches {
		if bg != colours[who].BG {
			t.Errorf("swatch of %s is %s, want %s like its quotations", who, bg, colours[who].BG)
		}
	}
}

// expectedPanel counts, from the analysis, the rows the panel must show.
func expectedPanel(text string, d *quoteattr.Document) []panelRow {
	type tally struct{ quotes, words, first int }
	counts := map[string]*tally{}
	var order []string
	total := 0
	for i, q := range d.Quotes {
		who := expectedWho(d, q)
		if who == "term" {
			continue
		}
		if counts[who] == nil {
			counts[who] = &tally{first: i}
			order = append(order, who)
		}
		counts[who].quotes++
		if q.Depth == 0 {
			n := countWords(q.Content.Text(text))
			counts[who].words += n
			total += n
		}
	}
	var rows, unattributed []panelRow
	for _, who := range order {
		c := counts[who]
		r := panelRow{Who: who, Name: "Unattributed", Quotes: strconv.Itoa(c.quotes), Words: strconv.Itoa(c.words),
			Share: fmt.Sprintf("%.1f%%", 100*float64(c.words)/float64(max(total, 1)))}
		if who == "none" {
			unattributed = append(unattributed, r)
			continue
		}
		id, _ := strconv.Atoi(who[1:])
		r.Name = d.Speakers[id].Name
		rows = append(rows, r)
	}
	rank := func(r panelRow) (words, quotes, id int) {
		words, _ = strconv.Atoi(r.Words)
		quotes, _ = strconv.Atoi(r.Quotes)
		id, _ = strconv.Atoi(r.Who[1:])
		return
	}
	// Insertion sort: words down, then quotations down, then speaker index.
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0; j-- {
			w1, q1, id1 := rank(rows[j-1])
			w2, q2, id2 := rank(rows[j])
			if w1 > w2 || w1 == w2 && (q1 > q2 || q1 == q2 && id1 < id2) {
				break
			}
			rows[j-1], rows[j] = rows[j], rows[j-1]
		}
	}
	return append(rows, unattributed...)
}

// tipState is what the DOM says of the focus and the tooltip.
type tipState struct {
	Focused string `json:"focused"`
	Hidden  bool   `json:"hidden"`
	Text    string `json:"text"`
}

const tipJS = `({focused: document.activeElement && document.activeElement.dataset.q || "",
	hidden: document.getElementById('tip').hidden,
	text: Array.from(document.querySelectorAll('#tip dt')).map(dt => dt.textContent + '\t' + dt.nextElementSibling.textContent).join('\n')})`

// checkTooltip reaches the first quotation with the Tab key and checks the
// tooltip, hides it with Escape, then hovers over the last quotation.
func checkTooltip(ctx context.Context, t *testing.T, tb *tab, d *quoteattr.Document) {
	t.Helper()
	if len(d.Quotes) == 0 {
		return
	}
	var first string
	if err := tb.eval(ctx, `document.querySelector('#text .q[tabindex]').dataset.q`, &first); err != nil {
		t.Fatal(err)
	}
	if err := tb.press(ctx, "Tab", 9); err != nil {
		t.Fatal(err)
	}
	i, _ := strconv.Atoi(first)
	checkTip(ctx, t, tb, d, i, first)
	if err := tb.press(ctx, "Escape", 27); err != nil {
		t.Fatal(err)
	}
	var st tipState
	if err := tb.eval(ctx, tipJS, &st); err != nil {
		t.Fatal(err)
	}
	if !st.Hidden {
		t.Errorf("Escape left the tooltip shown: %q", st.Text)
	}
	last := len(d.Quotes) - 1
	if err := hover(ctx, tb, fmt.Sprintf(`#text .q[data-q="%d"]`, last)); err != nil {
		t.Fatal(err)
	}
	checkTip(ctx, t, tb, d, last, first)
}

// checkTip checks that the tooltip shows quotation i and that the element
// focused is the one with the given data-q.
func checkTip(ctx context.Context, t *testing.T, tb *tab, d *quoteattr.Document, i int, focused string) {
	t.Helper()
	var st tipState
	if err := tb.eval(ctx, tipJS, &st); err != nil {
		t.Fatal(err)
	}
	q := d.Quotes[i]
	name := "unattributed"
	if s, ok := d.SpeakerOf(q); ok {
		name = s.Name
	}
	want := []string{"Speaker\t" + name, "Kind\t" + q.Kind.String(), "Rule\t" + q.Rule.String(),
		"Confidence\t" + strconv.FormatFloat(q.Confidence, 'f', 2, 64)}
	if q.Addressee >= 0 && q.Addressee < len(d.Speakers) {
		want = append(want, "Addressee\t"+d.Speakers[q.Addressee].Name)
	}
	if st.Focused != focused || st.Hidden {
		t.Errorf("quotation %d: focus on %q, tooltip hidden %v; want focus on %q and the tooltip shown", i, st.Focused, st.Hidden, focused)
	}
	for _, w := range want {
		if !strings.Contains(st.Text, w) {
			t.Errorf("quotation %d: tooltip %q lacks %q", i, st.Text, w)
		}
	}
}

// hover moves the mouse to the middle of the first line box of the
// element that selector finds.
func hover(ctx context.Context, tb *tab, selector string) error {
	x, y, err := centre(ctx, tb, selector)
	if err != nil {
		return err
	}
	return tb.mouse(ctx, "mouseMoved", x, y)
}

// centre returns the viewport coordinates of the middle of the first line
// box of the element that selector finds, scrolling it into view.
func centre(ctx context.Context, tb *tab, selector string) (x, y float64, err error) {
	var r struct{ X, Y float64 }
	js := fmt.Sprintf(`(() => { const el = document.querySelector(%s); el.scrollIntoView({block: 'center'});
		const r = el.getClientRects()[0]; return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, strconv.Quote(selector))
	err = tb.eval(ctx, js, &r)
	return r.X, r.Y, err
}

// checkFilter clicks the first speaker of the panel and checks that every
// other quotation is dimmed, then clicks again and checks none is.
func checkFilter(ctx context.Context, t *testing.T, tb *tab) {
	t.Helper()
	var who string
	if err := tb.eval(ctx, `(document.querySelector('#speakers button') || {dataset: {}}).dataset.who || ""`, &who); err != nil {
		t.Fatal(err)
	}
	if who == "" {
		return
	}
	type state struct {
		Pressed string `json:"pressed"`
		Wrong   []int  `json:"wrong"`
	}
	js := fmt.Sprintf(`(() => { const sel = %s, on = document.querySelector('#speakers button').getAttribute('aria-pressed') === 'true';
		const wrong = Array.from(document.querySelectorAll('#text .q')).filter(el => {
			const dim = parseFloat(getComputedStyle(el).opacity) < 1;
			return dim !== (on && el.dataset.who !== sel); }).map(el => +el.dataset.q);
		return {pressed: String(on), wrong: wrong}; })()`, strconv.Quote(who))
	for _, pressed := range []string{"true", "false"} {
		x, y, err := centre(ctx, tb, "#speakers button")
		if err != nil {
			t.Fatal(err)
		}
		if err := tb.click(ctx, x, y); err != nil {
			t.Fatal(err)
		}
		var got state
		if err := waitFor(ctx, tb, js, &got, func() bool { return got.Pressed == pressed && len(got.Wrong) == 0 }); err != nil {
			t.Errorf("after a click on %s: pressed %s, quotations dimmed wrongly %v (%v)", who, got.Pressed, got.Wrong, err)
		}
	}
}

// waitFor evaluates js into v until ok reports true, for up to two
// seconds: CSS transitions take a moment to settle.
func waitFor(ctx context.Context, tb *tab, js string, v any, ok func() bool) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	for {
		if err := tb.eval(ctx, js, v); err != nil {
			return err
		}
		if ok() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// shoot saves a screenshot, with a tooltip shown (the last paragraph's
// first quotation, where it hides the least), in
// the test's temp dir; for the sample article with -update-screenshot it
// also rewrites screenshot.png.
func shoot(ctx context.Context, t *testing.T, tb *tab, name string) {
	t.Helper()
	// A viewport as tall as the page keeps the hover from scrolling, so the
	// sticky side panel stays at the top.
	var height int
	if err := tb.eval(ctx, `document.activeElement.blur(); window.scrollTo(0, 0); document.documentElement.scrollHeight`, &height); err != nil {
		t.Fatal(err)
	}
	if err := tb.resize(ctx, 1280, height); err != nil {
		t.Fatal(err)
	}
	_ = hover(ctx, tb, `#text p:last-of-type .q`)
	png, err := tb.screenshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", file)
	if *screenshotDir != "" {
		if err := os.WriteFile(filepath.Join(*screenshotDir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if *updateScreenshot && name == "sample" {
		if err := os.WriteFile("screenshot.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkHostile opens the page of a text full of markup, with a speaker
// named with markup, and checks that none of it ran or became elements.
func checkHostile(ctx context.Context, t *testing.T, b *browser) {
	q := find(t, hostileText, `"</span><i>more</i>"`, 0)
	d := quoteattr.Document{
		Paragraphs: quoteattr.Analyze(hostileText).Paragraphs,
		Speakers:   []quoteattr.Speaker{{Name: `<img src=x onerror="window.pwned = 4">`}},
		Quotes: []quoteattr.Quote{{Span: q, Content: inner(q), Kind: quote.Direct, Parent: -1, Speaker: 0, Addressee: -1,
			Mention: find(t, hostileText, "<b>Eve</b>", 0), Cue: find(t, hostileText, "said", 0), Confidence: 1}},
	}
	tb := openPage(ctx, t, b, `<script>window.pwned = 5</script>`, hostileText, &d)
	type state struct {
		Pwned    bool   `json:"pwned"`
		Scripts  int    `json:"scripts"`
		Elements int    `json:"elements"`
		Text     string `json:"text"`
	}
	var got state
	js := `({pwned: window.pwned !== undefined, scripts: document.scripts.length,
		elements: document.querySelectorAll('img, b, i, #text script').length,
		text: document.getElementById('text').textContent})`
	if err := tb.eval(ctx, js, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(state{Scripts: 1, Text: got.Text}, got); diff != "" {
		t.Fatalf("hostile page (-want +got):\n%s", diff)
	}
	for _, s := range []string{"<script>window.pwned = 1</script>", "<b>Eve</b>", "</span><i>more</i>"} {
		if !strings.Contains(got.Text, s) {
			t.Errorf("page text lacks %q as text", s)
		}
	}
	if err := hover(ctx, tb, `#text .q`); err != nil {
		t.Fatal(err)
	}
	var tip string
	if err := tb.eval(ctx, `window.pwned === undefined && document.getElementById('tip').textContent`, &tip); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tip, `<img src=x onerror="window.pwned = 4">`) {
		t.Errorf("tooltip %q lacks the speaker's name as text (or a script ran)", tip)
	}
}
