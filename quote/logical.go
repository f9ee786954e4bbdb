package quote

import "strings"

// commaOutside reports the gap after a quotation punctuated the British
// way, its comma outside the closing mark: ‘Mind the horses’, said the
// groom, ‘they kick.’
func commaOutside(gap string) bool { return gap != "" && gap[0] == ',' }

// dashInterruption reports a gap between two quotations that is a short
// narration set off by dashes on both sides (“Go”—he pointed—“that
// way.”, typed with -- as well): the dashes break into one utterance, so
// the second quotation goes on with the first whatever the verb, a
// fragment of the same speech rather than a term.
func dashInterruption(gap string) bool {
	g := trimNarration(gap)
	rest, ok := cutDash(g, strings.CutPrefix)
	if !ok {
		return false
	}
	rest, ok = cutDash(rest, strings.CutSuffix)
	if !ok || rest == "" || strings.ContainsAny(rest, ".!?;:—\"“”") || strings.Contains(rest, "--") {
		return false
	}
	return wordCountUpTo(rest, 9) <= 8
}

// cutDash cuts an em dash or two hyphens off s with cut (strings.CutPrefix
// or strings.CutSuffix).
func cutDash(s string, cut func(s, dash string) (string, bool)) (string, bool) {
	if r, ok := cut(s, "—"); ok {
		return r, true
	}
	return cut(s, "--")
}
