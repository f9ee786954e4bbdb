package speaker

// inscribedVerbs are participles that, after "was" or "were", say that a
// quotation was marked on a thing rather than spoken ("“To our captain”
// was engraved on the cup").
var inscribedVerbs = map[string]bool{
	"engraved": true, "inscribed": true, "carved": true, "printed": true, "painted": true,
	"stamped": true, "lettered": true, "embroidered": true, "chalked": true, "scrawled": true,
	"etched": true, "embossed": true, "scratched": true,
}

// inscribed reports a quotation of fiction that the words after it give as
// lettering on an object: nobody speaks it, so it is neither attributed nor
// a turn of the conversation.
func (d *document) inscribed(q int) bool {
	k := d.quoteTok[q] + 1
	if k+1 >= len(d.toks) || d.toks[k].kind != tokWord || d.toks[k+1].kind != tokWord {
		return false
	}
	be := d.info(k).lower
	return (be == "was" || be == "were") && inscribedVerbs[d.info(k+1).lower]
}
