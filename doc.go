// Package quoteattr finds the quotations in English prose and says who said
// them.
//
// It reads news articles and fiction alike. It splits the text into
// paragraphs and sentences, finds every quotation in every common
// convention (curly, straight and single marks, low-9 marks, guillemets,
// CJK brackets, PTB backticks; nested, multi-paragraph and unclosed
// quotations, never an apostrophe), tells direct speech from partial quotes
// and scare quotes, and attributes each quotation to a speaker with
// deterministic rule-based matchers.
//
//	doc := quoteattr.Analyze(text)
//	for _, q := range doc.Quotes {
//		if s, ok := doc.SpeakerOf(q); ok {
//			fmt.Printf("%s: %s\n", s.Name, doc.Slice(q.Span))
//		}
//	}
//
// The work is done by three packages that can also be used alone:
// [quote] finds quotations, [speaker] attributes them, and an internal
// segmenter splits paragraphs and sentences.
//
// # Offsets
//
// Every span is a pair of UTF-8 byte offsets into the text given to
// Analyze, end exclusive, on rune boundaries, also when the text is not
// valid UTF-8. The text is never modified. A quotation carries its span
// with its marks, its content without them, the mention of its speaker and
// the speech verb (cue) that justify the attribution, and, for a quotation
// running over several paragraphs, one part per paragraph.
//
// # Rules and confidence
//
// Every attribution names the rule that set its speaker ([speaker.Rule]:
// a speech verb next to the quotation, one elsewhere in its sentence,
// "according to", a colon or a dash, the paragraph's only person, news
// continuation, turn-taking in fiction, or one of the fiction steps that
// revise the matchers' speakers: the person a reply calls by name, a voice
// revealed, a described character named later) and a confidence in
// [0, 1], from 0.95 for a name next to a speech verb down to 0.3 for the
// weakest fiction steps, so that callers can audit a result and trade
// recall for precision. Any rule can be turned off through
// speaker.Options.Disabled.
//
// # News and fiction
//
// Quotations without a speech verb mean different things in news (the
// speaker before goes on) and in fiction (speakers take turns). Each text
// is judged from its narration unless [Options] sets the genre. For
// novels, a known cast with aliases can be passed as
// speaker.Options.Characters; quotations in fiction also name their
// addressee when the text makes it clear.
//
// # Accuracy and limitations
//
// The project README reports the figures on third-party gold data (news
// from seven outlets, three whole novels and 43 novel excerpts). Speakers
// the text only describes ("a source familiar with the talks", "the
// young girl") are reported by their description; nicknames link to a
// name only through the known-character list or common familiar forms
// (Harry for Henry); a quotation without any plausible speaker stays
// unattributed rather than guessed.
//
// # Performance
//
// Analysis is linear in the size of the text, also on hostile input
// (millions of unbalanced quotation marks, one 50 MB paragraph, tens of
// thousands of speakers), and allocates in proportion to the text. An
// [Analyzer] reuses its working memory across texts.
//
// # Concurrency
//
// An [Analyzer] is immutable and safe for concurrent use by many
// goroutines. [Analyze] uses a shared default Analyzer.
package quoteattr
