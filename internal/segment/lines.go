package segment

import "strings"

// lineScanner walks the lines of text[pos:end]. A line ends at "\n",
// "\r\n" or a lone "\r"; the terminator is not part of the line. Text
// without '\r' takes the fast path of strings.IndexByte.
type lineScanner struct {
	text string
	pos  int  // start of the next line
	end  int  // end of the region scanned
	cr   bool // the region may hold '\r'
}

// newLineScanner returns a scanner over text[start:end].
func newLineScanner(text string, start, end int) lineScanner {
	return lineScanner{
		text: text,
		pos:  start,
		end:  end,
		cr:   strings.IndexByte(text[start:end], '\r') >= 0,
	}
}

// next returns the bounds of the next line, terminator excluded, and false
// once the region is exhausted.
func (l *lineScanner) next() (start, end int, ok bool) {
	if l.pos >= l.end {
		return 0, 0, false
	}
	start = l.pos
	rest := l.text[start:l.end]
	var j int
	if l.cr {
		j = strings.IndexAny(rest, "\r\n")
	} else {
		j = strings.IndexByte(rest, '\n')
	}
	if j < 0 {
		l.pos = l.end
		return start, l.end, true
	}
	end = start + j
	l.pos = end + 1
	if l.text[end] == '\r' && l.pos < l.end && l.text[l.pos] == '\n' {
		l.pos++
	}
	return start, end, true
}
