package speaker

// speechActNouns name a spoken performance that a person launches into,
// gives or delivers; the partial quotations in what follows it are the
// performer's words ("she launched into a tirade against the “rigged”
// rules", "he gave a speech on the “broken” system").
var speechActNouns = map[string]bool{
	"lament": true, "tirade": true, "rant": true, "diatribe": true, "harangue": true,
	"screed": true, "speech": true, "monologue": true, "sermon": true, "lecture": true,
	"riff": true, "broadside": true, "litany": true, "paean": true, "eulogy": true,
}

// speechActVerbs are the verbs that make their subject the performer of
// a speech-act noun ("launched into a rant", "delivered a speech").
var speechActVerbs = map[string]bool{
	"launched": true, "launches": true, "launching": true, "delivered": true,
	"delivers": true, "delivering": true, "gave": true, "gives": true, "giving": true,
	"went": true, "goes": true, "embarked": true, "embarks": true,
}

// speechActPreps open what a speech-act noun is about.
var speechActPreps = map[string]bool{
	"for": true, "about": true, "of": true, "on": true, "against": true, "over": true,
}

// speechActOwner returns, in news, the entity that performs a speech-act
// noun whose topic holds quotation token qt ("Lee launched into a tirade
// against the “forgotten” towns"): the subject of "launched into a",
// "delivered a" or "gave a". Quotations may stand between the noun and
// qt, a cue may not. It returns -1 when there is no such construction.
func (d *document) speechActOwner(qt int) int {
	if d.genre != GenreNews {
		return -1
	}
	lo := d.sentenceStart(qt, 0)
	for k := qt - 1; k-2 >= lo && k >= qt-30; k-- {
		if d.cueAt[k] >= 0 {
			return -1
		}
		if d.toks[k].kind != tokWord || !speechActPreps[d.info(k).lower] {
			continue
		}
		n := k - 1
		if d.toks[n].kind != tokWord || !speechActNouns[d.info(n).lower] {
			continue
		}
		if a := d.info(n - 1).lower; d.toks[n-1].kind != tokWord || a != "a" && a != "an" {
			return -1
		}
		return d.verbSubject(n-2, lo, "into", speechActVerbs) // "launched into a rant"
	}
	return -1
}
