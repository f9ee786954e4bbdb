package speaker

import "strings"

// sentenceEnds are the marks that close a sentence inside a quotation.
var sentenceEnds = map[string]bool{".": true, "?": true, "!": true}

// callFollowers are the words that, after "Name," opening a sentence,
// show the name is called rather than the subject: a question word (not
// "when", which may open a clause: "Wherefore, when …"), the
// person spoken to, or a verb of command ("Kit, where is it?", "Kit, you
// promised.", "Kit, come here."). A relative word ("Kit, who …") or a
// description ("Kit, my cousin, …") may begin an apposition instead.
var callFollowers = map[string]bool{
	"what": true, "where": true, "why": true, "how": true,
	"you": true, "your": true, "do": true, "don't": true, "don’t": true, "did": true, "will": true, "won't": true, "won’t": true,
	"can": true, "could": true, "would": true, "shall": true, "are": true, "have": true,
	"come": true, "go": true, "look": true, "listen": true, "please": true, "tell": true, "let": true, "give": true,
}

// sentenceVocative reports a name run toks[i:end] that opens a sentence
// inside a quotation after another sentence, set off by a comma and
// followed by a word of address ("… it's late. Kit, where is the lamp?").
func (d *document) sentenceVocative(toks []token, i, end int) bool {
	if i == 0 || end+1 >= len(toks) || !sentenceEnds[d.word(toks[i-1])] || d.word(toks[end]) != "," {
		return false
	}
	return callFollowers[strings.ToLower(d.word(toks[end+1]))]
}
