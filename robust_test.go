package quoteattr_test

import (
	"flag"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/quoteattr/quoteattr"
)

// The hostile inputs: text shaped to break a segmenter, a quotation
// scanner or an attributor, each generated at any size so the same shape
// serves a quick test, a full-size benchmark and a scaling measurement.

// newsProse is ordinary news writing, written for these tests.
const newsProse = `The city council voted 7 to 2 on Tuesday to close the old harbor bridge for repairs. "The bridge is no longer safe for trucks," Mayor Ellen Park said after the vote. "We cannot wait another winter."

Councilman David Ortiz, who voted against the plan, called it "a gift to the contractors" and said the repairs would take far longer than promised.

According to the city engineer, Rosa Lindqvist, the work will cost $14.2 million. "We found cracks in three of the main girders," she told reporters. "Nobody wants to hear that, but it is true."

"I drive across that bridge every morning," said Marcus Webb, a delivery driver from St. Albans. "Now I will lose an hour a day."

Dr. Helen Cho of the U.S. Department of Transportation said the federal government would pay for part of the work. The mayor's office put it this way: "Every dollar we get from Washington is a dollar our taxpayers keep."

`

// fictionProse is ordinary fiction dialogue, written for these tests.
const fictionProse = `"Are you coming to the fair?" asked Anna, standing in the doorway.

Tom looked up from his book. "Not today. I promised Father I would mend the fence."

"You promised him that last week," she said.

"And I mean it this week."

Anna laughed. "Then I shall bring you a ribbon, Tom, and you may wear it while you mend." She turned to go, and then stopped. 'Mother says you are to come for supper,' she added, 'and not to be late again.'

Mr. Hale came round the corner of the barn with a bucket in each hand. "Nobody is going anywhere," he said, "until these cows are milked."

`

// ordinaryProse is the baseline the hostile shapes are measured against.
const ordinaryProse = newsProse + fictionProse

// A shape generates a text of about n bytes (never much more than n).
type shape struct {
	name string
	gen  func(n int) string
	// full is the size the issue names for the shape, used by the
	// full-size benchmarks; the scaling benchmarks use full/4 and full.
	full int
}

// repeatTo repeats unit until the text reaches about n bytes, at least
// once.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// mapLines rewrites the newlines of ordinary prose.
func mapLines(newline string) func(int) string {
	return func(n int) string {
		return repeatTo(strings.ReplaceAll(ordinaryProse, "\n", newline), n)
	}
}

// invalidUTF8 holds one example of every way a byte sequence can fail to
// be UTF-8.
var invalidUTF8 = []string{
	// A continuation byte alone.
	"\x80", "\xbf",
	// Sequences cut short; the second is half a curly quotation mark.
	"\xc3", "\xe2\x80", "\xf0\x9f\x98",
	// Overlong encodings.
	"\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xf0\x80\x80\xaf",
	// UTF-16 surrogates.
	"\xed\xa0\x80", "\xed\xbf\xbf",
	// Beyond U+10FFFF.
	"\xf4\x90\x80\x80",
	// Bytes that never occur in UTF-8.
	"\xf5", "\xf8\x88\x80\x80\x80", "\xfc", "\xfe", "\xff",
	// An opening curly quotation mark, then a closing one cut short.
	"\xe2\x80\x9c\xe2\x80",
}

// invalidText mixes every invalid sequence into words, quotation marks
// and paragraph breaks.
func invalidText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		bad := invalidUTF8[i%len(invalidUTF8)]
		fmt.Fprintf(&b, "\"Wo%srd%s,\" said Anna%s. %s“Yes%s” %s", bad, bad, bad, bad, bad, bad)
		if i%7 == 6 {
			b.WriteString("\n\n" + bad)
		}
	}
	return b.String()
}

// whitespace cycles through every kind of white space.
func whitespace(n int) string {
	return repeatTo(" \t\n\r\n\v\f\u00a0\u2003\u2028\u2029\u3000\u0085\r", n)
}

// nested opens depth quotations, each inside the last, alternating
// double and single curly marks, then closes them all.
func nested(open, close []string) func(int) string {
	return func(n int) string {
		depth := max(1, n/(len(open[0])+len(close[0])+4))
		var b strings.Builder
		for i := range depth {
			b.WriteString(open[i%len(open)] + "a ")
		}
		for i := depth - 1; i >= 0; i-- {
			b.WriteString("b" + close[i%len(close)] + " ")
		}
		return b.String()
	}
}

// names builds k distinct full names (up to 65,536) from given names and
// surnames, so a text can have thousands of different speakers.
func names(k int) []string {
	given := strings.Fields("Anna Tom Ellen David Rosa Marcus Helen Samuel Maria Peter Laura James Clara Oscar Nina Victor")
	family := strings.Fields("Park Ortiz Lindqvist Webb Cho Hale Berg Moss Haddad Alvarez Novak Reyes Quinn Foster Kaur Brandt")
	out := make([]string, 0, k)
	for i := 0; len(out) < k && i < 1<<16; i++ {
		f := func(shift int) string { return family[(i>>shift)%len(family)] }
		out = append(out, fmt.Sprintf("%s %s %s-%s", given[i%len(given)], f(4), f(8), f(12)))
	}
	return out
}

// manySpeakers quotes a new person in every paragraph.
func manySpeakers(sep string) func(int) string {
	return func(n int) string {
		ns := names(1 << 16)
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "\"We are ready,\" said %s. She nodded.%s", ns[i%len(ns)], sep)
		}
		return b.String()
	}
}

// hostileShapes lists every hostile input the issue names, and a few more
// aimed at the speaker stage's windows and look-backs.
func hostileShapes() []shape {
	const mb = 1 << 20
	shapes := []shape{
		{"empty", func(int) string { return "" }, 0},
		{"whitespace", whitespace, 4 * mb},
		{"invalid-utf8", invalidText, 4 * mb},
		{"nul", func(n int) string { return repeatTo("\x00\"Yes,\x00\" said\x00 Anna.\x00\n\x00\n\x00", n) }, 4 * mb},
		{"no-newline", mapLines(" "), 50 * mb},
		{"one-word-paragraphs", func(n int) string { return repeatTo("word\n\n", n) }, 100000 * 6},
		{"rtl-combining", func(n int) string {
			return repeatTo("«שָׁלוֹם», אָמַר דָּוִד. \"مرحبا\" قال أحمد.\u200f \u202e\"Yes,\" said Ame\u0301lie\u0308\u0323.\u202c \u2067“Oui”\u2069 👩\u200d👩\u200d👧 \n\n", n)
		}, 4 * mb},
		{"crlf", mapLines("\r\n"), 4 * mb},
		{"cr", mapLines("\r"), 4 * mb},
		{"bom", func(n int) string {
			return "\ufeff" + repeatTo(strings.ReplaceAll(ordinaryProse, "\n\n", "\n\n\ufeff"), n)
		}, 4 * mb},
		{"nested-curly", nested([]string{"“", "‘"}, []string{"”", "’"}), 4 * mb},
		{"nested-guillemets", nested([]string{"«"}, []string{"»"}), 4 * mb},
		{"one-paragraph-dialogue", func(n int) string { return repeatTo(strings.ReplaceAll(fictionProse, "\n", " "), n) }, 8 * mb},
		{"many-speakers", manySpeakers("\n\n"), 8 * mb},
		{"many-speakers-one-paragraph", manySpeakers(" "), 8 * mb},
		{"many-mentions", func(n int) string {
			return repeatTo("Anna Berg and Tom Hale met Dr. Samuel Moss, Mrs. Clara Quinn and the mayor. She saw him and they saw her. ", n)
		}, 8 * mb},
		{"cueless-turns", func(n int) string { return repeatTo("\"Yes.\"\n\n\"No.\"\n\n", n) }, 4 * mb},
		{"quote-only-paragraphs", func(n int) string {
			return `"We will win," Senator Ruth Alvarez said.` + "\n\n" + repeatTo("\"We will keep going.\"\n\n", n)
		}, 4 * mb},
		{"multi-paragraph-quote", func(n int) string { return repeatTo("“We walked all night and did not stop.\n\n", n) }, 4 * mb},
		{"one-long-sentence", func(n int) string { return repeatTo("said the man who told her ", n) }, 8 * mb},
		{"one-long-word", func(n int) string { return strings.Repeat("a", max(1, n)) }, 8 * mb},
		{"abbreviations", func(n int) string { return repeatTo("Dr. Mr. Mrs. U.S. e.g. i.e. St. Gen. No. 5 a.m. ", n) }, 4 * mb},
		{"punctuation-runs", func(n int) string { return repeatTo("... !!! ??? — – -- : ; , . ", n) }, 4 * mb},
		{"apostrophes-and-primes", func(n int) string {
			return repeatTo("'Tis rock 'n' roll in the '90s, 5'10\" tall, the Joneses' dog's 'bone'. ", n)
		}, 4 * mb},
		{"colons-and-dashes", func(n int) string { return repeatTo(`Anna: "Yes." — Tom Hale. "No" — she. `, n) }, 4 * mb},
	}
	return append(shapes, markShapes()...)
}

// markPairs are the opening and closing marks of every convention the
// quotation scanner knows.
var markPairs = [][2]string{
	{"“", "”"}, {"‘", "’"}, {`"`, `"`}, {"'", "'"}, {"``", "''"}, {"„", "“"}, {"‚", "‘"},
	{"«", "»"}, {"»", "«"}, {"‹", "›"}, {"「", "」"}, {"『", "』"}, {"”", "”"},
}

// singleMarks are every quotation mark on its own.
var singleMarks = []string{"“", "”", "‘", "’", `"`, "'", "`", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』"}

// markShapes is 1,000,000 quotation marks of each kind at full size:
// balanced pairs around a word, the mark alone between words, and the
// mark alone with nothing between.
func markShapes() []shape {
	var out []shape
	for _, p := range markPairs {
		unit := p[0] + "a" + p[1] + " "
		out = append(out, shape{
			name: "marks-balanced-" + p[0] + p[1],
			gen:  func(n int) string { return repeatTo(unit, n) },
			full: 500000 * len(unit),
		})
	}
	for _, m := range singleMarks {
		spaced, bare := m+"a ", m
		out = append(out,
			shape{"marks-unbalanced-" + m, func(n int) string { return repeatTo(spaced, n) }, 1000000 * len(spaced)},
			shape{"marks-run-" + m, func(n int) string { return repeatTo(bare, n) }, 1000000 * len(bare)},
		)
	}
	return out
}

var full = flag.Bool("full", false, "run TestHostileInputs at the sizes the robustness issue names (minutes)")

// TestHostileInputs analyses every hostile shape and checks the
// Document's invariants: no panic, offsets inside the text and on rune
// boundaries, quotations sorted and nested properly, sentences inside
// paragraphs, speaker indices valid. It uses small inputs unless -full is
// given, which analyses each shape at its full size (a 50 MB paragraph,
// 1,000,000 quotation marks of each kind...); .ci/run does that.
func TestHostileInputs(t *testing.T) {
	size := 4 << 10
	if testing.Short() {
		size = 1 << 10
	}
	for _, sh := range hostileShapes() {
		t.Run(sh.name, func(t *testing.T) {
			n := size
			if *full {
				n = sh.full
			}
			checkAnalysis(t, sh.gen(n))
		})
	}
}

// checkAnalysis analyses text and reports every broken invariant,
// with the size of the input, as a test failure.
func checkAnalysis(tb testing.TB, text string) *quoteattr.Document {
	tb.Helper()
	d := quoteattr.Analyze(text)
	for _, p := range checkDocument(text, d) {
		tb.Errorf("%d-byte input: %s", len(text), p)
	}
	return d
}

// TestInvalidUTF8 puts every kind of invalid byte sequence at every place
// where a scanner could trip over it: the start and end of the text, next
// to each quotation mark, inside a speaker's name and a speech verb, and
// between paragraphs.
func TestInvalidUTF8(t *testing.T) {
	templates := []string{
		"%s",
		"%s\"Yes,\" said Anna.",
		"\"Yes,\" said Anna.%s",
		"“%s” said Anna.",
		"\"Yes%s,\" said An%sna. \"No%s\"",
		"«%s» ‹%s› 「%s」 『%s』 „%s“ ‚%s‘ ``%s'' '%s'",
		"Anna sa%sid: “We%s are ready.”\n\n%s\n\n“And%s so on.",
		"Mr.%s Hale said%s “yes”%s — Tom%s.",
	}
	for _, bad := range invalidUTF8 {
		for k, tmpl := range templates {
			text := strings.ReplaceAll(tmpl, "%s", bad)
			t.Run(fmt.Sprintf("%q/%d", bad, k), func(t *testing.T) { checkAnalysis(t, text) })
		}
	}
}

// TestAllocationLinear checks that analysing a text allocates in total an
// amount linear in its size, and that the Document keeps a small multiple
// of it live: 4× the input may allocate at most 6× the bytes (4× is
// linear; the rest is fixed overhead and slice growth), and never more
// than maxAllocPerByte bytes per input byte. Allocation is counted, not
// timed, so this test is exact and runs everywhere.
func TestAllocationLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("counts allocations; skipped with -short, which the race detector runs with")
	}
	// A Quote takes about 150 bytes, and a text of nothing but quotation
	// marks holds one every two bytes: that is the most a Document keeps.
	const maxAllocPerByte, maxKeptPerByte = 1024, 128
	const n = 2 << 10
	for _, sh := range hostileShapes() {
		if sh.full == 0 {
			continue
		}
		t.Run(sh.name, func(t *testing.T) {
			small, large := sh.gen(n), sh.gen(4*n)
			a1, _ := allocation(small)
			a4, k4 := allocation(large)
			if a4 > 6*a1 || a4 > maxAllocPerByte*len(large) {
				t.Errorf("allocated %d B for %d B of input, %d B for %d B (x%.1f, %.0f B per input byte)",
					a1, len(small), a4, len(large), float64(a4)/float64(a1), float64(a4)/float64(len(large)))
			}
			if k4 > maxKeptPerByte*len(large) {
				t.Errorf("Document keeps %d B for %d B of input (%.0f B per input byte)",
					k4, len(large), float64(k4)/float64(len(large)))
			}
		})
	}
}

// allocation analyses text and returns the bytes allocated in total and
// the bytes the Document keeps live: the live heap with the Document
// minus the live heap without it. Each is read after two collections, the
// second of which frees what sync.Pools still hold from the analysis
// (working memory the analyzer reuses, which the Document does not keep).
// The analysis starts with the pools empty too, so that it allocates its
// working memory whatever ran before it.
func allocation(text string) (total, kept int) {
	var before, after, with, without runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := quoteattr.Analyze(text)
	runtime.ReadMemStats(&after)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&with)
	runtime.KeepAlive(d)
	d = nil
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&without)
	return int(after.TotalAlloc - before.TotalAlloc), max(0, int(with.HeapAlloc)-int(without.HeapAlloc))
}

var scaling = flag.Bool("scaling", false, "run TestScaling: time every hostile shape at growing sizes")

// TestScaling times every hostile shape at size n and 4n, from 2 KB up,
// and fails when 4× the input takes more than maxRatio× the time (linear
// is 4×, quadratic 16×). Its log and its failure give the shape (a name in
// hostileShapes), the sizes and the times: the reproducer. Timing needs a
// few minutes and is only as good as the machine is quiet, so the test
// runs only with -scaling (.ci/run passes it), takes the fastest of
// interleaved runs, and measures a shape that fails again after all the
// others, so that a busy moment of the machine is not taken for a blow-up:
//
//	go test -run TestScaling -scaling -v .
func TestScaling(t *testing.T) {
	if !*scaling {
		t.Skip("timing test; run with -scaling")
	}
	// The collector's pacing makes a run's time depend on the runs before
	// it; with collection left to a memory limit, the times measure the
	// code and its allocations.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(2 << 30))
	var suspects []shape
	for _, sh := range hostileShapes() {
		if sh.full == 0 {
			continue
		}
		steps := climb(sh)
		for _, st := range steps {
			t.Logf("%-32s %v", sh.name, st)
		}
		if steps[len(steps)-1].superlinear() {
			suspects = append(suspects, sh)
		}
	}
	for _, sh := range suspects {
		t.Run(sh.name, func(t *testing.T) {
			steps := climb(sh)
			for _, st := range steps {
				t.Log(st)
			}
			if last := steps[len(steps)-1]; last.superlinear() {
				t.Errorf("not linear, twice: %v", last)
			}
		})
	}
}

// Scaling bounds: a step is judged once the smaller input takes
// minSignal (below it, caches and fixed costs blur the ratio), or the
// larger one enough. The climb goes on to maxScalingSize unless the larger
// input takes longest: a step that looks linear on a busy machine must not
// end the climb before a blow-up shows.
const (
	maxRatio  = 8
	minSignal = 10 * time.Millisecond
	enough    = 250 * time.Millisecond
	longest   = 2 * time.Second
	// maxScalingSize is the largest input timed: a blow-up in reach of a
	// caller shows by then, and larger inputs time the machine's memory
	// more than the code.
	maxScalingSize = 512 << 10
)

// A scalingStep is the fastest analysis of a shape at two sizes.
type scalingStep struct {
	n1, n4 int
	t1, t4 time.Duration
}

func (s scalingStep) String() string {
	return fmt.Sprintf("%8d B: %-12v %8d B: %-12v x%.1f for x%.1f the input",
		s.n1, s.t1, s.n4, s.t4, float64(s.t4)/float64(s.t1), float64(s.n4)/float64(s.n1))
}

// superlinear reports a step long enough to judge whose time grew more
// than maxRatio times.
func (s scalingStep) superlinear() bool {
	return (s.t1 >= minSignal || s.t4 >= enough) && s.t4 > maxRatio*s.t1
}

// climb times a shape at sizes growing by 4 up to maxScalingSize, until
// the larger input takes longest or a step is superlinear twice in a row,
// and returns the steps.
func climb(sh shape) []scalingStep {
	var steps []scalingStep
	for n := 2 << 10; 4*n <= maxScalingSize; n *= 4 {
		small, large := sh.gen(n), sh.gen(4*n)
		st := scalingStep{n1: len(small), n4: len(large)}
		st.t1, st.t4 = timePair(small, large)
		if st.superlinear() {
			st.t1, st.t4 = timePair(small, large)
		}
		steps = append(steps, st)
		if st.superlinear() || st.t4 >= longest {
			break
		}
	}
	return steps
}

// timePair returns the fastest analysis of small and of large, run in
// turn so that a busy moment of the machine slows both: at least three
// rounds unless they take half a second, at most seven. The large text is
// analysed once first, untimed, so that neither is timed growing the heap
// from the operating system.
func timePair(small, large string) (t1, t4 time.Duration) {
	quoteattr.Analyze(large)
	t1, t4 = math.MaxInt64, math.MaxInt64
	var total time.Duration
	for i := 0; i < 7 && (i < 3 || total < enough) && (i < 1 || total < 2*enough); i++ {
		a, b := timeAnalyze(small), timeAnalyze(large)
		t1, t4, total = min(t1, a), min(t4, b), total+a+b
	}
	return max(t1, 1), max(t4, 1)
}

// timeAnalyze times one analysis of text, after a garbage collection so
// that no earlier garbage is collected on its time.
func timeAnalyze(text string) time.Duration {
	runtime.GC()
	start := time.Now()
	quoteattr.Analyze(text)
	return time.Since(start)
}
