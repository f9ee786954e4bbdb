package speaker

// quotedAsSubject returns, for the gerund cue at token g, the object of
// a verb of citing before "as" ("the agency quoted an unnamed official as
// saying", "the paper cited him as telling", "cited a person familiar
// with the talks as saying"), or -1: the one quoted is the speaker, not
// the one who quotes. The object must follow the verb at once, and only
// words, commas and the points of abbreviations may stand between the
// verb and "as", none before token lo.
func (d *document) quotedAsSubject(g, lo int) int {
	if g-2 < lo || d.toks[g-1].kind != tokWord || d.info(g-1).lower != "as" {
		return -1
	}
	for v := g - 2; v >= lo && v >= g-2-quotedAsWords; v-- {
		if d.toks[v].kind != tokWord && d.word(d.toks[v]) != "," && d.word(d.toks[v]) != "." {
			return -1 // "quoted the minister, Gen. Ann Lee, as saying": an apposition in commas
		}
		if !citingVerbs[d.info(v).lower] {
			continue
		}
		m := d.mentionIn[v+1]
		if m < 0 || d.mentions[m].tok0 != v+1 || !d.citedObject(m) {
			return -1
		}
		return m
	}
	return -1
}

// quotedAsWords is the most tokens between a verb of citing and "as".
const quotedAsWords = 12

// citedObject reports a mention that may be the one a verb of citing
// quotes: an object pronoun or a mention that may speak.
func (d *document) citedObject(m int) bool {
	x := d.mentions[m]
	if x.kind == MentionPronoun {
		return !x.subject && x.person == 3
	}
	return d.canSpeak(m)
}

// citingVerbs report someone else's words and take their speaker as
// object, with the words after "as saying".
var citingVerbs = map[string]bool{
	"quoted": true, "quotes": true, "quoting": true, "quote": true,
	"cited": true, "cites": true, "citing": true, "cite": true,
}

// citedGerund returns, for cue ci on a verb of citing ("“…,” the paper
// quoted her as saying"), the object it quotes and the gerund cue after
// "as", or -1, -1: the one quoted is the speaker, not the one who quotes.
func (d *document) citedGerund(ci, hi int) (mention, cueIndex int) {
	c := d.cues[ci]
	if !citingVerbs[d.info(c.tok0).lower] {
		return -1, -1
	}
	for g := c.tok1; g < hi && g <= c.tok1+quotedAsWords+1; g++ {
		gi := d.cueAt[g]
		if gi < 0 || gi == ci || !d.cues[gi].gerund {
			continue
		}
		if m := d.quotedAsSubject(g, c.tok0); m >= 0 {
			return m, gi
		}
		return -1, -1
	}
	return -1, -1
}
