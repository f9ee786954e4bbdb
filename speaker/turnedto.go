package speaker

// turnVerbs turn a speaker towards the one addressed ("She turned to Tom",
// "looking at Ann").
var turnVerbs = map[string]bool{
	"turned": true, "turning": true, "turns": true, "looked": true, "looking": true,
	"glanced": true, "glancing": true, "nodded": true, "nodding": true, "bowed": true,
	"bowing": true, "smiled": true, "smiling": true, "whispered": true, "whispering": true,
}

// turnedTo returns the person the narration of quotation q's paragraph,
// before q and in its sentence or the one before, shows speaker e
// turning or looking to ("She turned to Tom, smiling. "…?" she said."):
// the one q addresses. It returns -1 otherwise.
func (d *document) turnedTo(q, e int) int {
	p, qt := d.quotePara[q], d.quoteTok[q]
	lo := d.paraTok[p]
	for k := qt - 1; k >= lo+2 && d.toks[k].sent >= d.toks[qt].sent-1; k-- {
		if d.toks[k].kind == tokQuote {
			return -1
		}
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].kind != MentionName {
			continue
		}
		x := d.mentions[mi].entity
		if x < 0 || x == e || d.entities[x].kind != Person {
			continue
		}
		prep, verb := d.toks[k-1], d.toks[k-2]
		if prep.kind != tokWord || verb.kind != tokWord {
			continue
		}
		if w := d.info(k - 1).lower; (w == "to" || w == "at" || w == "towards" || w == "toward") && turnVerbs[d.info(k-2).lower] {
			return x
		}
	}
	return -1
}
