package speaker

// genericSayers are the subjects of a saying that quotes nobody in
// particular ("as they say", "as people say").
var genericSayers = map[string]bool{"they": true, "people": true, "one": true, "folks": true, "men": true}

// genericSaying reports a form of "say" at token k in the phrase "as they
// say" or "as people say": a turn of speech that quotes nobody, so it is
// not the cue of a quotation near it.
func (d *document) genericSaying(k int) bool {
	if k < 2 || d.toks[k-1].kind != tokWord || d.toks[k-2].kind != tokWord || d.toks[k-2].sent != d.toks[k].sent {
		return false
	}
	switch d.info(k).lower {
	case "say", "said":
	default:
		return false
	}
	return genericSayers[d.info(k-1).lower] && d.info(k-2).lower == "as"
}
