package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/quoteattr/quoteattr"
)

// writeJSON writes the whole Document as indented JSON.
func writeJSON(out *bufio.Writer, doc *quoteattr.Document) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// writeReport writes a readable report: every quotation with its speaker,
// kind and rule, then the speakers ranked by quotations.
func writeReport(out *bufio.Writer, name string, doc *quoteattr.Document) error {
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
	return out.Flush()
}

// writeSummary lists the speakers by number of quotations, then name.
func writeSummary(out *bufio.Writer, doc *quoteattr.Document) {
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
