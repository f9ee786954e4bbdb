// Package segment splits English prose into paragraphs and sentences, as
// byte spans into the caller's unmodified text. It knows abbreviations,
// initials, ellipses, lists and quotation marks, and nothing of speakers.
//
//	paras := segment.Paragraphs(text)
//	for _, s := range segment.Sentences(text, paras) {
//		fmt.Println(text[s.Start:s.End])
//	}
//
// # Offsets
//
// Every span is a half-open interval of UTF-8 byte offsets into text,
// trimmed of white space (the byte-order mark counts as white space) and
// on rune boundaries. Paragraphs are sorted and do not overlap; sentences
// are sorted, do not overlap and lie inside their paragraph.
//
// # Paragraphs
//
// Blank lines separate paragraphs. Text with one paragraph a line (lines
// wider than 100 runes) has a paragraph per line. Hard-wrapped text
// (Project Gutenberg style, lines of about 70 columns, indented or not)
// keeps single newlines inside its paragraphs; when such text has no
// blank lines at all, paragraphs end at deeper indentation and at
// deliberate line breaks. See [Paragraphs].
//
// # Sentences
//
// A sentence ends at a terminator (". ! ? …" and their doubles) followed
// by white space and a word that may open a sentence. The closing marks
// right after the terminator (”’")]_) belong to the sentence they close.
// Each decision is taken by one [Rule], and [Explain] lists them:
//
//   - no split without white space after the mark ("3.14", "U.S.A",
//     "Jr.'s", "Yahoo!Mail"), nor before a lower-case word ("Yahoo! in",
//     "“Why?” asked Kerry"), nor after a period before a number
//     ("No. 5", "Jan. 12");
//   - abbreviations come from the lexicon with their behaviour: titles
//     before names never end a sentence ("Mr.", "Gen.", "Lt. Col."),
//     others end one only when a word that opens sentences follows ("Co.
//     It", "U.S. How", but "U.S. Government"); "p.m." before "Mr." does,
//     unless the sentence so far is a fronted adverbial ("At 5 a.m.");
//   - single capitals are initials ("John F. Kerry", "J. R. R. Tolkien")
//     unless a word that opens sentences follows; "I" after a lower-case
//     word is the pronoun ("you and I. Did");
//   - a spaced three-dot ellipsis is an omission inside the sentence,
//     four dots end it, and "..." or "…" before a capital ends it;
//     "[...]" never does;
//   - a list opened at the start of a paragraph ("1. ", "a) ", "• ")
//     cuts a sentence before each later item, terminator or not;
//   - quote-aware: a quotation that ends with "!", "?" or an ellipsis and
//     is followed by its attribution ("“Does it matter?” Kerry asked.",
//     "“Why?” he asked.") stays one sentence with it; sentences inside a
//     quotation are separate sentences, and quote detection keeps the
//     quotation whole.
//
// # Accuracy and limitations
//
// The rules pass all 48 English Golden Rules of pragmatic_segmenter
// (the test reads them from ../shared/sbd when present). Abbreviations
// outside the lexicon that end a sentence before a name are not
// recognised; a capitalised word after "etc." that is not a common
// sentence opener ("etc. Everyone") does not start a new sentence.
//
// # Performance
//
// Both passes are linear in the input and look at a bounded window around
// each terminator. Sentence splitting skips ordinary bytes with one table
// load each; allocations grow with the number of paragraphs and sentences
// returned, not with the text. [SentenceSeq] and [ParagraphSeq] yield
// spans without building slices.
package segment
