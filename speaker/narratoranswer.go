package speaker

import "strings"

// callWeight is how much the call at toks[i] in quotation q counts
// towards naming the narrator n: two when the quotation opens with the
// name and the narrator answers it in the next paragraph with a reply of
// their own ("Pell, sit down," she said. / "I am not tired," I said.), one
// otherwise. The one called must be the narrator or someone who neither
// speaks nor appears in the narration, so a reply by "I" to a call meant
// for a third person names nobody.
func (d *document) callWeight(q, n int, spoke []bool, toks []token, i int) int {
	if v := d.attr[q].Addressee; v >= 0 && v != n && (!d.unnamedInNarration(v) || spoke[v]) {
		return 1
	}
	if !opensWith(toks, i) || !d.answeredByI(q, n) {
		return 1
	}
	return 2
}

// opensWith reports that toks[i] is the first word of toks.
func opensWith(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if t.kind == tokWord {
			return false
		}
	}
	return true
}

// replyVerbs are the cue verbs of a spoken answer; a thought ("thought
// I") or a cry to the room is no answer to a call.
var replyVerbs = map[string]bool{
	"said": true, "answered": true, "replied": true, "returned": true,
	"asked": true, "responded": true, "retorted": true, "protested": true,
	"objected": true, "rejoined": true,
}

// answeredByI reports that the quotation after q opens the next paragraph,
// belongs to the narrator n and has its own reply cue whose subject is "I".
func (d *document) answeredByI(q, n int) bool {
	r := q + 1
	if r >= len(d.attr) || d.quotePara[q] < 0 || d.quotePara[r] != d.quotePara[q]+1 {
		return false
	}
	a := d.attr[r]
	if a.Speaker != n || a.Cue.End <= a.Cue.Start || a.Mention.End <= a.Mention.Start {
		return false
	}
	verb := strings.ToLower(strings.TrimSpace(d.text[a.Cue.Start:a.Cue.End]))
	return replyVerbs[verb] && strings.TrimSpace(d.text[a.Mention.Start:a.Mention.End]) == "I"
}
