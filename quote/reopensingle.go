package quote

// reopenSingle handles a single mark r at [start, end) placed like an
// opening mark while a single quotation opened with the same mark is the
// innermost one open. Single quotations do not nest in single quotations,
// so, as openDouble does for double marks, the mark continues a quoted
// letter's next line (‘Yours truly,⏎‘A. Bell.’), which it reports, or
// the open quotation lacked its closing mark and ends before the new one:
// after the end of a sentence ('Wait, she called. 'Stop.') or before a
// cue clause ending with a comma ('Hold on, he whispered, 'they're
// here.').
func (s *scanner) reopenSingle(r rune, start, end int) bool {
	i := s.find(famSingle)
	if i < 0 || i != len(s.stack)-1 || s.stack[i].mark != r {
		return false
	}
	if reopensLine(s.text, s.para.Start, start) {
		return true
	}
	if s.sentenceEndedBefore(start, s.context(start, end)) || s.cueClauseBefore(i, start) {
		s.cut(i, start)
	}
	return false
}
