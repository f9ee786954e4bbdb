// Package segment splits text into paragraphs and sentences, as byte spans
// into the caller's text. It knows abbreviations and quotation marks and
// nothing of speakers.
package segment

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/span"
)

// Paragraphs returns the paragraphs of text in order, trimmed of surrounding
// white space. When the text has blank lines, they separate paragraphs and
// single newlines are line wraps; otherwise every non-empty line is a
// paragraph. Empty or all-blank text has no paragraphs.
func Paragraphs(text string) []span.Span {
	if hasBlankLine(text) {
		return splitOnBlankLines(text)
	}
	return splitLines(text)
}

// hasBlankLine reports whether some line of text holds only white space
// between two newlines.
func hasBlankLine(text string) bool {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return false
		}
		k := i + j + 1
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			return true
		}
		i = i + j + 1
	}
	return false
}

// splitOnBlankLines cuts text at runs of lines holding only white space.
func splitOnBlankLines(text string) []span.Span {
	var out []span.Span
	start := 0 // start of the paragraph being read
	for lineStart := 0; lineStart < len(text); {
		lineEnd := len(text)
		if j := strings.IndexByte(text[lineStart:], '\n'); j >= 0 {
			lineEnd = lineStart + j
		}
		if strings.TrimSpace(text[lineStart:lineEnd]) == "" {
			out = appendTrimmed(out, text, start, lineStart)
			start = lineEnd
		}
		lineStart = lineEnd + 1
	}
	return appendTrimmed(out, text, start, len(text))
}

// splitLines makes every non-blank line a paragraph.
func splitLines(text string) []span.Span {
	var out []span.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' || text[i] == '\r' {
			out = appendTrimmed(out, text, start, i)
			start = i + 1
		}
	}
	return out
}

// appendTrimmed appends text[start:end] without its leading and trailing
// white space, unless nothing is left.
func appendTrimmed(out []span.Span, text string, start, end int) []span.Span {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	if end > start {
		out = append(out, span.Span{Start: start, End: end})
	}
	return out
}

// isSpaceByte reports ASCII white space, including the BOM-free controls
// that end lines in Windows and old Mac text.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
