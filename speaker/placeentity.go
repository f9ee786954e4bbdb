package speaker

// placeAgrees keeps places and people apart when names share a word:
// "Colonel Tarrow" is not "Tarrow Manor", nor is "Tarrow House" the
// colonel. A name that is not a place never joins an entity of two or
// more words that only places name; a place joins a person only as a
// part of the person's name ("Ellis Jordan" may be called "Jordan").
func placeAgrees(e *entity, m mention, keys []string) bool {
	switch {
	case e.place && !m.place:
		return e.size < 2
	case m.place && !e.place:
		return subset(keys, e.keys)
	}
	return true
}

// unpersonPlaces takes the kind "person" from every entity that only
// places name ("Tarrow Manor stood on the hill"): a house or a street
// never speaks, is never spoken to and takes no part in a conversation,
// whatever pronoun or description the text later sets near its name.
// News is left alone: there a seat of power speaks for the people in it
// ("Downing Street said", "the Kremlin insisted").
func (d *document) unpersonPlaces() {
	if d.genre != GenreFiction {
		return
	}
	for e := d.known; e < len(d.entities); e++ {
		if x := &d.entities[e]; x.place && x.proper && x.kind == Person {
			d.setKind(e, KindUnknown)
		}
	}
}
