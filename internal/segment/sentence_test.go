package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/span"
)

// sentenceCase is one text and the sentences it must give.
type sentenceCase struct {
	name   string
	text   string
	want   []string
	reason string
}

// sentenceTexts returns the sentences of text, one paragraph assumed.
func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text, []span.Span{{Start: 0, End: len(text)}}) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func runSentenceCases(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, sentenceTexts(c.text)); diff != "" {
				t.Errorf("%s\ntext %q (-want +got):\n%s", c.reason, c.text, diff)
			}
		})
	}
}

func TestSentencesBasics(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"empty", "", nil, "no text, no sentence"},
		{"blank", " \n\t ", nil, "white space alone is no sentence"},
		{"no terminator", "a headline without a period", []string{"a headline without a period"},
			"the paragraph's end ends its last sentence"},
		{"three kinds", "The fog lifted. Did the boats sail? They did! Nobody cheered.",
			[]string{"The fog lifted.", "Did the boats sail?", "They did!", "Nobody cheered."},
			"period, question mark and exclamation mark before a capital end sentences"},
		{"doubled marks", "Really?! Yes!! Truly?? Fine.", []string{"Really?!", "Yes!!", "Truly??", "Fine."},
			"a run of terminators is one mark"},
		{"trimmed", "  One here.   Two there.  ", []string{"One here.", "Two there."},
			"sentences carry no surrounding white space"},
		{"line wraps", "The ferry left late\nthat night. Nobody\nnoticed.",
			[]string{"The ferry left late\nthat night.", "Nobody\nnoticed."},
			"newlines inside a paragraph are white space"},
		{"lower after bang", "She works at Yahoo! in the press office.", []string{"She works at Yahoo! in the press office."},
			"a lower-case word after ! continues the sentence"},
		{"no space", "Visit Yahoo!Answers now.", []string{"Visit Yahoo!Answers now."},
			"a terminator without white space after it ends nothing"},
	})
}

func TestSentencesAbbreviations(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"titles", "Mr. Hale met Mrs. Ode and Dr. Ruiz. They talked.",
			[]string{"Mr. Hale met Mrs. Ode and Dr. Ruiz.", "They talked."},
			"Mr., Mrs. and Dr. stand before names"},
		{"military and political titles", "Gen. Ward briefed Sen. Pike, Rep. Cho and Gov. Lane. Lt. Col. Amos listened.",
			[]string{"Gen. Ward briefed Sen. Pike, Rep. Cho and Gov. Lane.", "Lt. Col. Amos listened."},
			"Gen., Sen., Rep., Gov., Lt. and Col. are titles"},
		{"saint", "They prayed at St. Olaf's chapel.", []string{"They prayed at St. Olaf's chapel."},
			"St. before a name is Saint"},
		{"street then sentence", "The shop is on Elm St. The owner is away.",
			[]string{"The shop is on Elm St.", "The owner is away."},
			"St. after a name and before a sentence opener is Street, ending the sentence"},
		{"lower-case title word", "He did one more rep. Then he rested.",
			[]string{"He did one more rep.", "Then he rested."},
			"titles count only when capitalised: 'rep' is a word"},
		{"company mid-sentence", "Acme Inc. Chief Executive Dana Ruiz spoke.",
			[]string{"Acme Inc. Chief Executive Dana Ruiz spoke."},
			"Inc. before a capitalised noun goes on"},
		{"company at end", "She joined Acme Corp. It was 2009.", []string{"She joined Acme Corp.", "It was 2009."},
			"Corp. before a pronoun ends the sentence"},
		{"junior", "Tom Reyes Jr. said nothing. Later he left.",
			[]string{"Tom Reyes Jr. said nothing.", "Later he left."},
			"Jr. before a lower-case word goes on"},
		{"junior at end", "The award went to Tom Reyes Jr. He accepted it.",
			[]string{"The award went to Tom Reyes Jr.", "He accepted it."},
			"Jr. may end a sentence"},
		{"dotted country", "The U.S. Navy and the U.N. Security Council met. The U.K. did not.",
			[]string{"The U.S. Navy and the U.N. Security Council met.", "The U.K. did not."},
			"U.S. and U.N. before names go on"},
		{"dotted country at end", "She moved to the U.S. How odd.", []string{"She moved to the U.S.", "How odd."},
			"U.S. before a sentence opener ends the sentence"},
		{"unknown dotted acronym", "He joined N.A.T.O. He left soon.", []string{"He joined N.A.T.O.", "He left soon."},
			"dotted acronyms outside the lexicon behave like U.S."},
		{"time mid-sentence", "Doors open at 7 p.m. sharp.", []string{"Doors open at 7 p.m. sharp."},
			"p.m. before a lower-case word goes on"},
		{"time then honorific", "The vote closed at 9 p.m. Mr. Hale conceded.",
			[]string{"The vote closed at 9 p.m.", "Mr. Hale conceded."},
			"no abbreviation that ends a sentence modifies an honorific"},
		{"fronted time", "By 8 a.m. Dr. Ruiz had left.", []string{"By 8 a.m. Dr. Ruiz had left."},
			"a fronted adverbial cannot be a whole sentence"},
		{"latin", "Bring fruit, e.g. Apples or pears, i.e. Anything fresh.",
			[]string{"Bring fruit, e.g. Apples or pears, i.e. Anything fresh."},
			"e.g. and i.e. never end a sentence"},
		{"etc", "We packed tents, rope, etc. Then we drove.", []string{"We packed tents, rope, etc.", "Then we drove."},
			"etc. before a sentence opener ends the sentence"},
		{"months", "The vote is on Jan. 12 and Dec. 3. It may move.",
			[]string{"The vote is on Jan. 12 and Dec. 3.", "It may move."},
			"a month before a day goes on"},
		{"number sign", "He lives at No. 5 and works on p. 12.", []string{"He lives at No. 5 and works on p. 12."},
			"No. and p. precede numbers"},
		{"roman numeral after number word", "See vol. II for the maps.", []string{"See vol. II for the maps."},
			"vol. before a Roman numeral goes on"},
		{"ordinary word spelled like an abbreviation", "The cat sat. Mary laughed.",
			[]string{"The cat sat.", "Mary laughed."},
			"'sat' is Saturday only as 'Sat.'"},
		{"name spelled like an abbreviation", "I waved at Ed. Mary waved back.",
			[]string{"I waved at Ed.", "Mary waved back."},
			"'ed.' is an abbreviation only in lower case"},
		{"state after city", "She grew up in Fresno, Calif. The town was small.",
			[]string{"She grew up in Fresno, Calif.", "The town was small."},
			"state abbreviations may end a sentence"},
		{"party and state", "Sen. Ana Cole (D-Calif.) voted no. Others abstained.",
			[]string{"Sen. Ana Cole (D-Calif.) voted no.", "Others abstained."},
			"the abbreviation after a hyphen is looked up alone"},
	})
}

func TestSentencesInitials(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"middle initial", "John Q. Adams spoke first.", []string{"John Q. Adams spoke first."},
			"an initial between names"},
		{"several initials", "The book is by J. R. R. Tolkien. It is long.",
			[]string{"The book is by J. R. R. Tolkien.", "It is long."},
			"a chain of initials"},
		{"initials before an initial", "It was written by A. A. Milne.", []string{"It was written by A. A. Milne."},
			"'A.' before another initial is not the article"},
		{"letter ends sentence", "He got a B. The teacher was strict.", []string{"He got a B.", "The teacher was strict."},
			"a capital letter before a sentence opener ends the sentence"},
		{"pronoun I", "It was you and I. Then we parted.", []string{"It was you and I.", "Then we parted."},
			"'I' after a lower-case word is the pronoun"},
		{"regnal I", "We met Albert I. Jones there.", []string{"We met Albert I. Jones there."},
			"'I' after a name is an initial"},
	})
}

func TestSentencesNumbersAndAddresses(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"decimal", "Pi is 3.14 or so. Close enough.", []string{"Pi is 3.14 or so.", "Close enough."},
			"a period between digits is a decimal point"},
		{"money at end", "It cost $12.50. She paid.", []string{"It cost $12.50.", "She paid."},
			"a number may end a sentence"},
		{"version", "Upgrade to v2.10.3 today. It is faster.", []string{"Upgrade to v2.10.3 today.", "It is faster."},
			"version numbers hold periods without spaces"},
		{"version at end", "We run Go 1.26. It works.", []string{"We run Go 1.26.", "It works."},
			"a version may end a sentence"},
		{"url", "Read https://example.org/a.b/c.html. Then reply.",
			[]string{"Read https://example.org/a.b/c.html.", "Then reply."},
			"periods inside a URL are not followed by a space"},
		{"url with query", "Try example.com/?q=1&x=2 now.", []string{"Try example.com/?q=1&x=2 now."},
			"a question mark inside a URL"},
		{"email", "Write to ana.cole@example.net. She answers.",
			[]string{"Write to ana.cole@example.net.", "She answers."},
			"an e-mail address"},
		{"host name is no acronym", "It ran on bbc.co.uk. Police said so.",
			[]string{"It ran on bbc.co.uk.", "Police said so."},
			"host names are not dotted acronyms"},
		{"number after period", "The score was 3. 4 more came later.",
			[]string{"The score was 3. 4 more came later."},
			"English style spells out a number that opens a sentence, so a period before digits rarely ends one"},
	})
}

func TestSentencesEllipses(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"spaced pause", "He hesitated . . . Then he spoke.", []string{"He hesitated . . . Then he spoke."},
			"a spaced three-dot ellipsis marks an omission"},
		{"four dots", "He hesitated. . . . Then he spoke.", []string{"He hesitated.", ". . . Then he spoke."},
			"a period then an omission: the ellipsis opens the next sentence"},
		{"spaced four dots", "It ended there . . . . Then silence.", []string{"It ended there . . . .", "Then silence."},
			"four spaced dots end the sentence"},
		{"unspaced trail", "I wonder... Never mind.", []string{"I wonder...", "Never mind."},
			"an unspaced ellipsis before a capital trails off"},
		{"unicode ellipsis", "Well… Maybe later.", []string{"Well…", "Maybe later."},
			"the ellipsis character too"},
		{"ellipsis before I", "Well... I suppose so.", []string{"Well... I suppose so."},
			"'I' is capitalised anyway, so it does not show a new sentence"},
		{"ellipsis lower", "It was... fine, really.", []string{"It was... fine, really."},
			"a lower-case word after an ellipsis"},
		{"brackets", `"We will [...] Return soon," she wrote.`, []string{`"We will [...] Return soon," she wrote.`},
			"an editor's bracketed ellipsis ends nothing"},
	})
}

func TestSentencesLists(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"numbered without periods", "1. Buy bread 2. Feed the cat 3. Sleep",
			[]string{"1. Buy bread", "2. Feed the cat", "3. Sleep"},
			"items of a numbered list are sentences"},
		{"numbered with periods", "1. Buy bread. 2. Feed the cat.", []string{"1. Buy bread.", "2. Feed the cat."},
			"the marker's period is not a terminator"},
		{"parenthesis markers", "1) Buy bread 2) Feed the cat", []string{"1) Buy bread", "2) Feed the cat"},
			"markers closed by a parenthesis"},
		{"letters", "a. Buy bread b. Feed the cat", []string{"a. Buy bread", "b. Feed the cat"},
			"lettered lists"},
		{"bullets", "• Buy bread • Feed the cat", []string{"• Buy bread", "• Feed the cat"},
			"a bullet starts an item"},
		{"bullet separator", "•   •   •", []string{"•   •   •"},
			"bullets alone are a section break, not a list"},
		{"enumeration inside a sentence", "You need 1) bread and 2) milk.",
			[]string{"You need 1) bread and 2) milk."},
			"numbers that enumerate inside a sentence do not start items"},
		{"numbering must continue", "1) Buy bread 3) Feed the cat", []string{"1) Buy bread 3) Feed the cat"},
			"only the next number continues a list"},
		{"lone marker", "7. The last rule.", []string{"7. The last rule."},
			"a sentence cannot be a bare number"},
	})
}

func TestSentencesParentheses(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"sentence inside", "She left (It was late.) at ten.", []string{"She left (It was late.) at ten."},
			"a parenthesis closed after a period, then a lower-case word"},
		{"closing paren belongs", "She left early (it was late.) Then it rained.",
			[]string{"She left early (it was late.)", "Then it rained."},
			"the closing parenthesis belongs to the sentence it closes"},
		{"citation", "The claim holds (Ruiz 12). Others agree.", []string{"The claim holds (Ruiz 12).", "Others agree."},
			"a period after a parenthesis"},
	})
}

func TestSentencesQuotations(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"attribution after question", "“Does the rain matter?” Ana Cole asked quietly. Nobody knew.",
			[]string{"“Does the rain matter?” Ana Cole asked quietly.", "Nobody knew."},
			"a quotation ending in ? is followed by its attribution in the same sentence"},
		{"attribution with title and initial", "“Why now?” Sen. Mark T. Ode said. He waited.",
			[]string{"“Why now?” Sen. Mark T. Ode said.", "He waited."},
			"titles and initials may stand in the speaker's name"},
		{"attribution with office", "“Enough!” Secretary of State Ana Cole said.",
			[]string{"“Enough!” Secretary of State Ana Cole said."},
			"connectors join the words of a title"},
		{"attribution with pronoun", "“Who is there?” He asked again.", []string{"“Who is there?” He asked again."},
			"a capitalised pronoun with a speech verb"},
		{"attribution with adverb", "“Stop!” Ruiz then shouted.", []string{"“Stop!” Ruiz then shouted."},
			"one adverb may stand between speaker and verb"},
		{"phrasal verb", "“And then?” Ana Cole went on.", []string{"“And then?” Ana Cole went on."},
			"two-word speech verbs count"},
		{"inverted attribution", "“Why?” asked Ruiz.", []string{"“Why?” asked Ruiz."},
			"a lower-case verb after the quotation"},
		{"no attribution", "“Is it late?” Nobody moved.", []string{"“Is it late?”", "Nobody moved."},
			"a capitalised word without a speech verb starts a sentence"},
		{"sentence opener then name", "“How silly!” But Meg laughed.", []string{"“How silly!”", "But Meg laughed."},
			"a word that opens sentences is no part of a speaker's name"},
		{"pronoun then action", "“Look!” She pointed at the sky.", []string{"“Look!”", "She pointed at the sky."},
			"a pronoun without a speech verb"},
		{"period inside quotation", `She said, "This is it." She left.`, []string{`She said, "This is it."`, "She left."},
			"the closing mark after the period belongs to the sentence it closes"},
		{"period inside then name and verb", "He called it “a mistake.” Ruiz said the board disagreed.",
			[]string{"He called it “a mistake.”", "Ruiz said the board disagreed."},
			"after a period the writer ended the sentence: an attribution would follow a comma"},
		{"lower-case attribution", "“This is it.” she said.", []string{"“This is it.” she said."},
			"a lower-case word continues the sentence"},
		{"single quotes", "‘Are you sure?’ Ana asked.", []string{"‘Are you sure?’ Ana asked."},
			"single curly quotation marks"},
		{"several sentences in one quotation", "“We won. We really did,” she said.",
			[]string{"“We won.", "We really did,” she said."},
			"sentences inside a quotation are sentences of the text; the quotation spans them"},
		{"opening quotation next", `He left. "Why?" she asked.`, []string{"He left.", `"Why?" she asked.`},
			"the opening mark belongs to the next sentence"},
		{"nested closers", "He wrote: “She said ‘no.’” Then he stopped.",
			[]string{"He wrote: “She said ‘no.’”", "Then he stopped."},
			"every closing mark after the period"},
		{"italic markup", "“_Now._” Then they ran.", []string{"“_Now._”", "Then they ran."},
			"underscores of italic markup close too"},
		{"ellipsis and attribution", "“Well…” Ana Cole began.", []string{"“Well…” Ana Cole began."},
			"an ellipsis ending a quotation, then its attribution"},
	})
}

func TestSentencesParagraphs(t *testing.T) {
	text := "First one. Second one.\n\nThird one"
	got := Sentences(text, Paragraphs(text))
	want := []span.Span{{Start: 0, End: 10}, {Start: 11, End: 22}, {Start: 24, End: 33}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences never cross paragraphs (-want +got):\n%s", diff)
	}
}

func TestSentencesBadParagraphs(t *testing.T) {
	text := "One. Two. Three."
	cases := []struct {
		name   string
		paras  []span.Span
		want   []span.Span
		reason string
	}{
		{"out of range", []span.Span{{Start: -5, End: 100}}, []span.Span{sp(0, 4), sp(5, 9), sp(10, 16)},
			"a paragraph is clipped to the text"},
		{"overlapping", []span.Span{sp(0, 9), sp(5, 16)}, []span.Span{sp(0, 4), sp(5, 9), sp(10, 16)},
			"a paragraph starts no earlier than the one before ends"},
		{"reversed", []span.Span{sp(9, 5)}, nil, "an empty paragraph has no sentences"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, Sentences(text, c.paras)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.reason, diff)
			}
		})
	}
}

func TestExplainRules(t *testing.T) {
	cases := []struct {
		text   string
		want   []Rule
		reason string
	}{
		{"Mr. Hale left. He", []Rule{RuleTitle, RuleSentenceEnd}, "a title, then an ordinary word"},
		{"Acme Co. It went.", []Rule{RuleAbbrevEnd, RuleParagraphEnd}, "an abbreviation before a sentence opener"},
		{"The U.S. Navy went", []Rule{RuleNoSpace, RuleAbbrev}, "an inner period, then an abbreviation before a name"},
		{"John F. Kerry", []Rule{RuleInitial}, "an initial"},
		{"Pi is 3.14 now", []Rule{RuleNoSpace}, "a decimal point"},
		{"No. 5 won", []Rule{RuleDigitNext}, "a number after a period"},
		{"“Why?” Kerry asked", []Rule{RuleCue}, "an attribution"},
		{"Wait! in", []Rule{RuleLowerNext}, "a lower-case word"},
		{"Go . . . Now", []Rule{RuleEllipsisPause}, "a spaced ellipsis"},
		{"Go. . . . Now", []Rule{RuleEllipsisLead}, "a period and an ellipsis"},
		{"Go... Now", []Rule{RuleEllipsisEnd}, "an unspaced ellipsis"},
		{"Go [...] now", []Rule{RuleBracketEllipsis}, "a bracketed ellipsis"},
		{"Go! Now", []Rule{RuleExclamation}, "an exclamation mark"},
		{"1. Eggs 2. Milk", []Rule{RuleListMarker, RuleListItem, RuleListMarker}, "a list"},
		{"vol. IV is", []Rule{RuleNumberAbbrev}, "an abbreviation before a Roman numeral"},
		{"a B. The", []Rule{RuleInitialEnd}, "a letter before a sentence opener"},
	}
	for _, c := range cases {
		var got []Rule
		for _, d := range Explain(c.text, []span.Span{{Start: 0, End: len(c.text)}}) {
			got = append(got, d.Rule)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", c.reason, c.text, diff)
		}
	}
}

func TestRuleString(t *testing.T) {
	for r := RuleUnknown; r <= RuleSentenceEnd; r++ {
		if r.String() == "" || (r != RuleUnknown && r.String() == "unknown") {
			t.Errorf("rule %d has no name", r)
		}
	}
	if got := Rule(200).String(); got != "unknown" {
		t.Errorf("an out-of-range rule is %q, want unknown", got)
	}
	if b, _ := RuleCue.MarshalText(); string(b) != "cue" {
		t.Errorf("MarshalText = %q, want cue", b)
	}
}

// sp is a span literal.
func sp(start, end int) span.Span { return span.Span{Start: start, End: end} }

func TestStartsTerminator(t *testing.T) {
	for _, r := range "…‼‽⁇⁈⁉“”‘’—–•" {
		s := string(r)
		if got, want := startsTerminator(s), isTerminator(r); got != want {
			t.Errorf("startsTerminator(%q) = %v, want %v as isTerminator says", s, got, want)
		}
	}
}
