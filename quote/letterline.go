package quote

// reopensLine reports an opening mark at start that begins a line of its
// paragraph after a line ending with a comma, inside a quotation opened
// with the same mark: the lines of a quoted letter's close each reopen
// the quotation as its paragraphs do (“Ever yours,⏎“Father.”), while a
// quotation nested in one of the same kind does not begin a line after a
// comma. from is the start of the paragraph.
func reopensLine(text string, from, start int) bool {
	i := start
	for i > from && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == from || text[i-1] != '\n' {
		return false
	}
	i--
	for i > from && (text[i-1] == '\r' || text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i > from && text[i-1] == ','
}

// breakOrCommaBefore reports whether the byte before offset at, past
// spaces and tabs, is a comma or a control character (a line break among
// them), or whether the spaces reach the start of the paragraph: the only
// places where reopensLine or cueClauseBefore can hold. prev is the rune
// before at (context's prev), which mostly decides it at once.
func (s *scanner) breakOrCommaBefore(at int, prev rune) bool {
	if prev != ' ' && prev != '\t' {
		return prev == ',' || prev < ' '
	}
	i := at - 1
	for i > s.para.Start && (s.text[i-1] == ' ' || s.text[i-1] == '\t') {
		i--
	}
	return i == s.para.Start || s.text[i-1] == ',' || s.text[i-1] < ' '
}
