package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/quoteattr/quoteattr"
)

// documentFormat is how a whole-input document is analysed and written:
// format "text" for the readable report, "json" for the whole Document.
type documentFormat struct {
	an     *quoteattr.Analyzer
	format string
}

// process analyses a whole input as one document and writes it in format
// f.
func (f documentFormat) process(u *unit, out *bytes.Buffer) (string, tally) {
	t := tally{bytes: int64(len(u.data))}
	doc, err := analyze(f.an, string(u.data))
	u.data = nil
	if err != nil {
		t.errors = 1
		return fmt.Sprintf("attribute: %s: %v", u.src, err), t
	}
	if f.format == "json" {
		writeJSON(out, doc)
	} else {
		writeReport(out, u.src, doc)
	}
	t.docs, t.quotes, t.speakers = 1, len(doc.Quotes), len(doc.Speakers)
	return "", t
}

// writeJSON writes the whole Document as indented JSON.
func writeJSON(out *bytes.Buffer, doc *quoteattr.Document) {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		fmt.Fprintf(out, "{\"error\": %q}\n", err.Error())
	}
}

// writeReport writes a readable report: every quotation with its speaker,
// kind and rule, then the speakers ranked by quotations.
func writeReport(out *bytes.Buffer, name string, doc *quoteattr.Document) {
	fmt.Fprintf(out, "== %s: %d quotations, %d speakers\n\n", name, len(doc.Quotes), countSpeakers(doc))
	for _, q := range doc.Quotes {
		who := "(unattributed)"
		if s, ok := doc.SpeakerOf(q); ok {
			who = s.Name
		}
		fmt.Fprintf(out, "%s%s\n", strings.Repeat("  ", q.Depth), oneLine(doc.Slice(q.Span), 100))
		fmt.Fprintf(out, "%s  -> %s  [%s, %s, %.2f]\n\n", strings.Repeat("  ", q.Depth), who, q.Kind, q.Rule, q.Confidence)
	}
	writeSummary(out, doc)
}

// writeSummary lists the speakers by number of quotations, then name.
func writeSummary(out *bytes.Buffer, doc *quoteattr.Document) {
	counts := map[int]int{}
	for _, q := range doc.Quotes {
		if q.Speaker >= 0 {
			counts[q.Speaker]++
		}
	}
	ids := make([]int, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if counts[ids[i]] != counts[ids[j]] {
			return counts[ids[i]] > counts[ids[j]]
		}
		return doc.Speakers[ids[i]].Name < doc.Speakers[ids[j]].Name
	})
	fmt.Fprintln(out, "Speakers:")
	for _, id := range ids {
		s := doc.Speakers[id]
		fmt.Fprintf(out, "  %-30s %3d quotations  (%s, %d mentions)\n", s.Name, counts[id], s.Kind, len(s.Mentions))
	}
	fmt.Fprintln(out)
}

// countSpeakers returns how many distinct speakers doc's quotations have.
func countSpeakers(doc *quoteattr.Document) int {
	seen := map[int]bool{}
	for _, q := range doc.Quotes {
		if q.Speaker >= 0 {
			seen[q.Speaker] = true
		}
	}
	return len(seen)
}

// oneLine squeezes white space and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
