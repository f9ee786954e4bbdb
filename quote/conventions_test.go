package quote_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quoteattr/quoteattr/quote"
)

// conventionCase is one text read with one set of conventions.
type conventionCase struct {
	name   string
	conv   quote.Convention // zero: the defaults
	text   string
	want   []found
	reason string
	// spansOnly skips the kinds, which the rules decide from English
	// words: in other languages only the spans are checked.
	spansOnly bool
}

func runConventionCases(t *testing.T, cases []conventionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := quote.NewDetector(quote.Options{Conventions: c.conv}).Find(c.text)
			if msg := problem(c.text, qs); msg != "" {
				t.Fatalf("invalid result: %s", msg)
			}
			var opts []cmp.Option
			if c.spansOnly {
				opts = append(opts, cmpopts.IgnoreFields(found{}, "Kind"))
			}
			if diff := cmp.Diff(c.want, summarize(c.text, qs), opts...); diff != "" {
				t.Errorf("%s\n%s (-want +got):\n%s", c.reason, c.text, diff)
			}
		})
	}
}

func TestCurlyDouble(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "speech and cue",
		text:   "“We leave at dawn,” the captain said. “Pack light.”",
		want:   []found{d("“We leave at dawn,”"), d("“Pack light.”")},
		reason: "two direct quotations around a cue",
	}, {
		name:   "split sentence",
		text:   "“If the river rises,” she said, “we cross by the bridge.”",
		want:   []found{d("“If the river rises,”"), d("“we cross by the bridge.”")},
		reason: "the second part of a split sentence is direct speech though it starts in lower case",
	}, {
		name:   "mistyped closing mark",
		text:   "The report calls the harbour “the busiest in the region“ and asks for more cranes.",
		want:   []found{p("“the busiest in the region“")},
		reason: "a “ placed like a closing mark closes the open quotation",
	}})
}

func TestCurlySingle(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name: "nested in double",
		text: "“She looked at me and said, ‘Not today,’ and walked off,” Tom recalled.",
		want: []found{
			d("“She looked at me and said, ‘Not today,’ and walked off,”"),
			n(1, quote.Direct, "‘Not today,’"),
		},
		reason: "a single-quoted span inside double quotes is a nested quotation",
	}, {
		name: "British top level",
		text: "‘Is the kettle on?’ asked Margaret.\n\n‘It is,’ said Edith, ‘and the cake’s in the tin.’",
		want: []found{
			d("‘Is the kettle on?’"), d("‘It is,’"), d("‘and the cake’s in the tin.’"),
		},
		reason: "British fiction quotes with single marks at top level; cake’s is an apostrophe",
	}, {
		name: "British with nested double",
		text: "‘He told me “never again”,’ said Anne.",
		want: []found{
			d("‘He told me “never again”,’"),
			n(1, quote.Term, "“never again”"),
		},
		reason: "British nesting puts double marks inside single ones",
	}})
}

func TestStraightDouble(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "paired by context",
		text:   `"Come in," said the clerk. "The manager will see you now."`,
		want:   []found{d(`"Come in,"`), d(`"The manager will see you now."`)},
		reason: "straight marks open after a space and close before one",
	}, {
		name:   "inch marks",
		text:   `The board is 12" wide and 30" long, and the sign reads "Keep Out."`,
		want:   []found{tm(`"Keep Out."`)},
		reason: "a mark after a digit and before a space closes nothing and opens nothing",
	}, {
		name: "nested straight",
		text: `"She told me "no" twice," he said.`,
		want: []found{
			d(`"She told me "no" twice,"`),
			n(1, quote.Term, `"no"`),
		},
		reason: "a straight mark opening in mid-sentence inside a quotation nests",
	}, {
		name:   "doubled apostrophes",
		conv:   quote.DefaultConventions | quote.DoubledApostrophe,
		text:   "''We will rebuild,'' the mayor said. ''Every house.''",
		want:   []found{d("''We will rebuild,''"), d("''Every house.''")},
		reason: "some newspaper archives type the double mark as two apostrophes",
	}, {
		name:   "doubled apostrophes not by default",
		text:   "''We will rebuild,'' the mayor said. He is 5' 10'' tall.",
		want:   []found{},
		reason: "two apostrophes are quotation marks only when the caller asks for that convention",
	}, {
		name: "single marks inside unread doubled apostrophes",
		text: "''She told me, 'Go home,''' he said. ''I said, 'Not yet.'.''\n\n" +
			"''It was long,'' she said.\n\n''The first winter.\n\n''Then, 'Enough.' '' he said.",
		want: []found{},
		reason: "unread doubled apostrophes still enclose a quotation, so the single marks " +
			"inside them, also across paragraphs, open inner quotations, which are not reported either",
	}, {
		name: "stray doubled apostrophes",
		text: "The board, 10'' wide, says ''Keep 'out' and \"stay\" here.\n\nHe said 'no' twice.",
		want: []found{p("'out'"), p(`"stay"`), p("'no'")},
		reason: "two apostrophes left open at the end of their paragraph were no quotation " +
			"and hide nothing inside them",
	}, {
		name:   "markup attributes",
		text:   `<p class="lead">The mayor said "yes" to the plan.</p>`,
		want:   []found{p(`"yes"`)},
		reason: "attribute values in markup are not quotations",
	}})
}

func TestStraightSingle(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "top level British",
		text:   "'You're late,' said the porter. 'The train's gone.'",
		want:   []found{d("'You're late,'"), d("'The train's gone.'")},
		reason: "straight single marks pair by context; You're and train's are apostrophes",
	}, {
		name:   "dialect apostrophes",
		text:   `"I was goin' home," said Jem, "an' I seen 'em by the mill, 'tis true."`,
		want:   []found{d(`"I was goin' home,"`), d(`"an' I seen 'em by the mill, 'tis true."`)},
		reason: "goin', an', 'em and 'tis are elisions, not quotation marks",
	}, {
		name: "nested single in double",
		text: `"Then the sergeant said 'Halt!' and we stopped," he wrote.`,
		want: []found{
			d(`"Then the sergeant said 'Halt!' and we stopped,"`),
			n(1, quote.Direct, "'Halt!'"),
		},
		reason: "a straight single pair inside a double quotation nests",
	}, {
		name:   "possessive plural",
		text:   `'We took the Joneses' car,' she said.`,
		want:   []found{d(`'We took the Joneses' car,'`)},
		reason: "an apostrophe after -s followed by a lower-case word is a possessive",
	}})
}

func TestBacktick(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "PTB doubles",
		text:   "``We are ready,'' the minister said.",
		want:   []found{d("``We are ready,''")},
		reason: "`` opens and '' closes in PTB and LaTeX text",
	}, {
		name: "LaTeX single inside double",
		text: "``He called it `a farce','' she said.",
		want: []found{
			d("``He called it `a farce',''"),
			n(1, quote.Term, "`a farce'"),
		},
		reason: "` opens a single quotation that ' closes",
	}})
}

func TestLowNine(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:      "German",
		text:      "„Komm sofort her“, rief die Mutter. „Das Essen ist fertig.“",
		want:      []found{d("„Komm sofort her“"), d("„Das Essen ist fertig.“")},
		reason:    "German opens with „ and closes with “",
		spansOnly: true,
	}, {
		name: "German nested",
		text: "„Er sagte nur ‚morgen‘ und ging“, erzählte sie.",
		want: []found{
			d("„Er sagte nur ‚morgen‘ und ging“"),
			n(1, quote.Term, "‚morgen‘"),
		},
		reason:    "German nests ‚…‘ inside „…“",
		spansOnly: true,
	}, {
		name:      "Polish",
		text:      "„Nie wiem”, odpowiedział Jan. „Zapytaj matkę.”",
		want:      []found{d("„Nie wiem”"), d("„Zapytaj matkę.”")},
		reason:    "Polish closes „ with ”",
		spansOnly: true,
	}, {
		name:      "Czech",
		text:      "„Kde je nádraží?“ zeptal se turista.",
		want:      []found{d("„Kde je nádraží?“")},
		reason:    "Czech uses „…“ like German",
		spansOnly: true,
	}, {
		name:      "Hungarian and Romanian",
		text:      "„Holnap jövök” – mondta Péter.\n\n„Vin mâine”, a spus Ana.",
		want:      []found{d("„Holnap jövök”"), d("„Vin mâine”")},
		reason:    "Hungarian and Romanian also close „ with ”",
		spansOnly: true,
	}, {
		name:   "English quoting German",
		text:   "The sign over the gate read „Arbeit“ and nothing else.",
		want:   []found{tm("„Arbeit“")},
		reason: "low marks work inside English text too",
	}})
}

func TestGuillemets(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:      "French with spaces",
		text:      "« Nous partirons demain », dit-il. « Soyez prêts. »",
		want:      []found{d("« Nous partirons demain »"), d("« Soyez prêts. »")},
		reason:    "French guillemets take spaces inside the marks",
		spansOnly: true,
	}, {
		name:      "French without spaces, nested",
		text:      "«Il m’a dit “jamais” hier», raconte Claire.",
		want:      []found{d("«Il m’a dit “jamais” hier»"), n(1, quote.Term, "“jamais”")},
		reason:    "French nests English marks inside guillemets; m’a is an apostrophe",
		spansOnly: true,
	}, {
		name:      "German reversed",
		text:      "»Wo warst du?«, fragte er. »Im Garten, ›wie immer‹.«",
		want:      []found{d("»Wo warst du?«"), d("»Im Garten, ›wie immer‹.«"), n(1, quote.Term, "›wie immer‹")},
		reason:    "German and Danish books open with » and close with «, nesting ›…‹",
		spansOnly: true,
	}, {
		name:      "Danish reversed",
		text:      "»Hvor skal vi hen?« spurgte Mette.",
		want:      []found{d("»Hvor skal vi hen?«")},
		reason:    "Danish also uses »…«",
		spansOnly: true,
	}, {
		name:      "Swedish right-pointing",
		text:      "»Kom hit», sa han.",
		want:      []found{d("»Kom hit»")},
		reason:    "Swedish and Finnish books may open and close with »",
		spansOnly: true,
	}, {
		name:      "single guillemets",
		text:      "‹Bonjour›, dit l’enfant.",
		want:      []found{d("‹Bonjour›")},
		reason:    "‹…› pairs like «…»",
		spansOnly: true,
	}})
}

func TestRightDouble(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:      "Swedish",
		text:      "”Kom hit”, sa mamma. ”Maten är klar.”",
		want:      []found{d("”Kom hit”"), d("”Maten är klar.”")},
		reason:    "Swedish opens and closes with ”",
		spansOnly: true,
	}, {
		name:      "Finnish",
		text:      "”Missä sinä olit?” kysyi isä.",
		want:      []found{d("”Missä sinä olit?”")},
		reason:    "Finnish also uses ”…”",
		spansOnly: true,
	}})
}

func TestCJK(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:      "Japanese",
		text:      "「明日は雨だ」と父が言った。「『傘』を忘れるな」",
		want:      []found{d("「明日は雨だ」"), d("「『傘』を忘れるな」"), n(1, quote.Term, "『傘』")},
		reason:    "Japanese quotes with 「…」 and nests 『…』",
		spansOnly: true,
	}, {
		name:      "Chinese",
		text:      "老師說：「今天不上課。」學生們都笑了。",
		want:      []found{d("「今天不上課。」")},
		reason:    "traditional Chinese also uses corner brackets",
		spansOnly: true,
	}})
}

func TestDashDialogue(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "off by default",
		text:   "— Come here, he said.",
		want:   []found{},
		reason: "dash dialogue is an opt-in convention",
	}, {
		name:   "English",
		conv:   quote.DefaultConventions | quote.DashDialogue,
		text:   "— Come here, he said.\n— Why? asked the boy.\n— Because the tide is turning.",
		want:   []found{d("— Come here,"), d("— Why?"), d("— Because the tide is turning.")},
		reason: "the speech ends before its cue or at the end of the paragraph",
	}, {
		name:      "Spanish interrupted",
		conv:      quote.DefaultConventions | quote.DashDialogue,
		text:      "—Ven aquí —dijo el padre—. La cena está lista.",
		want:      []found{d("—Ven aquí")},
		reason:    "a spaced dash opens the narration",
		spansOnly: true,
	}})
}

// TestMarksBesideLookalikes checks that the marks, which the scanner tells
// apart by their bytes without decoding them, are found next to runes that
// share their first bytes (dashes, the euro and dagger signs, the
// ellipsis, kana, the ideographic full stop, the no-break space, the
// copyright sign) and that a mark cut off at the end of the text, or a
// lead byte with wrong bytes after it, is no mark.
func TestMarksBesideLookalikes(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "dashes and signs around curly marks",
		text:   "The fare was 4 €—“That is far too much,” he grumbled†—and the driver shrugged… “Take it or walk.”",
		want:   []found{d("“That is far too much,”"), d("“Take it or walk.”")},
		reason: "— € † … begin with the byte E2 as the curly marks do, and are no marks",
	}, {
		name:      "kana and the ideographic stop beside corner brackets",
		text:      "あ「ひとつ」。『ふたつ』ね。",
		want:      []found{d("「ひとつ」"), d("『ふたつ』")},
		reason:    "kana and 。 begin with the byte E3 as the corner brackets do",
		spansOnly: true,
	}, {
		name:      "no-break spaces inside guillemets beside a copyright sign",
		text:      "© 1999 : « Bonjour », dit-il.",
		want:      []found{d("« Bonjour »")},
		reason:    "the no-break space and © begin with the byte C2 as « and » do",
		spansOnly: true,
	}, {
		name:   "a mark cut off at the end",
		text:   "“Wait for me,” she called. \xe2\x80",
		want:   []found{d("“Wait for me,”")},
		reason: "the first two bytes of a curly mark at the end of the text are no mark",
	}, {
		name:   "a lead byte with wrong bytes after it",
		text:   "\xe2\x80“Go home,” \xe2\x41\x9c said the guard.",
		want:   []found{d("“Go home,”")},
		reason: "E2 80 followed by the first byte of “, and E2 41 9C, are no marks and shift nothing",
	}})
}
