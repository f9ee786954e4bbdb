package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr/internal/segment"
)

// quickSeeds are texts whose quotations open their paragraphs in every
// way quickKind answers for, and in the ways it must leave to decide.
var quickSeeds = []string{
	"“We sail at noon,” said the mate.\n\n“Is the tide with us?” asked the boy.",
	"  “Hold the rope!”\n\n\t“Now.”",
	"“It is late.” “It is,” said he.",
	"“”\n\n“R”\n\n“I,” he began.\n\n“x.”",
	"“the quiet years,” as the locals call them.\n\n“Harbour Lights.”",
	"“Oranges” and “lemons” were sold.\n\n“A,” “B” and “C.”",
	"— Come here, he said.\n\n“We have lost three boats.\n\n“We will not lose a fourth,” he added.",
	"“Wait for me, she called.\n\n“Come ‘home,’ she said, ‘now.’”",
	"\u00a0“Yes.” \u2003“No.”",
	"‘Well,’ she said, ‘pike or no pike.’ 'Aye.' \"Aye!\"",
	"“_Stop!_” the girl cried. “*Wait*,” he said. “[Sic] it was.”",
	"„Komm her“, rief sie. « Nous partirons », dit-il.",
	"“…and then,” she said.\n\n“1914 was long.”\n\n“(Quietly.)”",
	"“\xff\xfe”\xe2\x80“x”\xe2",
}

// checkQuickKind fails the test when quickKind answers for a quotation of
// text and decide, on the whole context, answers otherwise or finds it
// listed after another. It returns the number of quotations quickKind
// answered for.
func checkQuickKind(t *testing.T, text string) int {
	t.Helper()
	n := 0
	paras := segment.Paragraphs(text)
	qs := defaultDetector.FindInParagraphs(text, paras)
	walk := paragraphWalker{text: text, paras: paras}
	for i := range qs {
		bound := walk.around(qs[i].Span)
		if qs[i].Parent >= 0 {
			bound = qs[qs[i].Parent].Content
		}
		if j := prevSibling(qs, i); j >= 0 && qs[j].Span.End <= qs[i].Span.Start {
			gap := text[qs[j].Span.End:qs[i].Span.Start]
			if isCueClause(gap) && isListGap(gap) {
				t.Errorf("%q in %q: a cue clause that is a list gap", gap, text)
			}
		}
		kind, r, ok := quickKind(text, qs, bound, i)
		if !ok {
			continue
		}
		n++
		var c quoteContext
		c.gather(text, qs, bound, i)
		wantKind, wantRule := c.decide(&qs[i])
		if kind != wantKind || r != wantRule || c.listed >= 0 {
			t.Errorf("%q in %q: quickKind says %v (%v), decide %v (%v), listed after %d",
				qs[i].Span.Text(text), text, kind, r, wantKind, wantRule, c.listed)
		}
	}
	return n
}

// TestQuickKind checks quickKind against decide on the seeds and on the
// golden texts.
func TestQuickKind(t *testing.T) {
	texts := append([]string(nil), quickSeeds...)
	golden, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, name := range golden {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	answered := 0
	for _, text := range texts {
		answered += checkQuickKind(t, text)
	}
	if answered < 20 {
		t.Errorf("quickKind answered for %d quotations, want at least 20 to test it", answered)
	}
}

// TestQuickKindCorpus checks quickKind against decide on the shared
// novels, when they are there.
func TestQuickKindCorpus(t *testing.T) {
	data, err := os.ReadFile("../../shared/bench/corpus/novels.txt")
	if err != nil {
		t.Skip("../shared/bench/corpus/novels.txt not found")
	}
	checkQuickKind(t, string(data))
}

// TestListWordsAreNotCues checks what gather relies on to skip the list
// test after a cue clause: no word that may join the quotations of a list
// is a speech verb or "according" in any case, so a gap with a speech
// verb holds a word that is not a list word.
func TestListWordsAreNotCues(t *testing.T) {
	for _, w := range listWords.words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))]) + w[min(1, len(w)):]} {
			if lemma, cue := cues().lookup(v); lemma != "" || cue || cueWordsUpTo(v, 0) > 0 {
				t.Errorf("list word %q is a speech verb (%q)", v, lemma)
			}
		}
	}
}

func FuzzQuickKind(f *testing.F) {
	for _, s := range quickSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkQuickKind(t, text) })
}
