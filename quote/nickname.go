package quote

import "strings"

// nameGivingVerbs give a name to the object after them: what follows the
// object in marks is that name (locals nicknamed the barrier “the Great
// Wall”; the crew christened her “Old Faithful”). "Called" is left out:
// news writes “called him a liar” of words someone used.
var nameGivingVerbs = newFoldList("nicknamed", "christened", "renamed", "rechristened", "dubbed", "codenamed")

// namesObject reports narration before that ends with a name-giving verb
// and an object of one to three words with no punctuation between them
// and the mark.
func (t *tail) namesObject(before string) bool {
	if t.comma || t.colon {
		return false
	}
	for i := 1; i < len(t.words); i++ {
		w, ok := t.word(i)
		if !ok {
			return false
		}
		if nameGivingVerbs.has(w) {
			at := strings.LastIndex(before, w)
			return at >= 0 && !strings.ContainsAny(before[at+len(w):], ",;:.!?()—–\"“”")
		}
	}
	return false
}
