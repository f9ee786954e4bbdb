package speaker

// inNested reports whether byte offset off of quotation q lies inside a
// quotation nested in q: words the speaker reports someone else saying
// ("He said, “You are wasted here, Miss Vane.”"), whose names in address
// are the reported speaker's calls, not the speaker's own. Nested
// quotations follow q in order and start before it ends.
func (d *document) inNested(q, off int) bool {
	end := d.quotes[q].Span.End
	for j := q + 1; j < len(d.quotes) && d.quotes[j].Span.Start < end; j++ {
		if s := d.quotes[j].Span; s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}
