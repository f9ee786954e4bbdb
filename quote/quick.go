package quote

// quickKind decides the kind of quotation i, found in bound, when it
// opens its paragraph at the top level: no other quotation and nothing
// but ASCII white space lies before it in bound. Its narration before is
// then empty, and the rules of decide that read it (a term announced, a
// name given, a cue before, the second part of split speech, a list) all
// stay silent, so quoted words that begin and end as a sentence are
// speech, as in decide, without gathering the rest of the context. It
// reports false when decide must run: for words that do not read as a
// sentence, or a quotation elsewhere.
func quickKind(text string, qs []Quote, bound Span, i int) (Kind, rule, bool) {
	q := &qs[i]
	if q.Parent >= 0 || !onlySpaceBefore(text, bound.Start, q.Span.Start) {
		return 0, ruleNone, false
	}
	if j := prevSibling(qs, i); j >= 0 && qs[j].Span.End > min(bound.Start, q.Span.Start) && qs[j].Span.End <= q.Span.Start {
		return 0, ruleNone, false // an earlier quotation in bound: it may head a list or split speech
	}
	if q.Style == DashDialogue || q.Unclosed || len(q.Parts) > 0 {
		return Direct, ruleOpen, true
	}
	content := q.Content.Text(text)
	if !hasPlainEdges(content) {
		content = trimSpace(content)
	}
	if content == "" {
		return Term, ruleAnnounced, true
	}
	// The tests of decide, their common cases inlined: words that start
	// with two ASCII letters name no letter; an ASCII first or last byte
	// that is no mark is the rune startsSentence or endsAsSentence reads.
	first, last := content[0], content[len(content)-1]
	if !(len(content) >= 2 && isASCIILetter(first) && isASCIILetter(content[1])) && isLetterName(content) {
		return Term, ruleLetter, true
	}
	starts := startsSentenceByte(first)
	if !plainInside[first] {
		starts = startsSentence(content)
	}
	ends := isClausePunct(rune(last))
	if !plainInside[last] {
		ends = endsAsSentence(content)
	}
	if starts && ends {
		return Direct, ruleSentence, true
	}
	return 0, ruleNone, false
}

// startsSentenceByte is startsSentence for words whose first byte c is
// ASCII and not a mark.
func startsSentenceByte(c byte) bool {
	return asciiEdge[c&0x7F]&edgeUpper != 0 || c == '[' || c == '(' || c == '.'
}

// onlySpaceBefore reports whether text[from:at] holds nothing but ASCII
// white space; it holds nothing when from >= at.
func onlySpaceBefore(text string, from, at int) bool {
	for i := from; i < at; i++ {
		if !isSpaceByte(text[i]) {
			return false
		}
	}
	return true
}
