package speaker

// ownedWeight returns the named person that narrator-owned description j
// ("my companion", "our host") stands for in the narration, for salience:
// the one the same description stood for when it last tagged a line
// (ownedBefore). A first-person narrator calls the one beside them "my
// companion" again and again, and the "he" that follows ("My companion
// was out when I rose; he came back at noon.") is that person. It returns
// -1 when j is not such a description or stood for nobody yet.
func (d *document) ownedWeight(j int) int {
	m := d.mentions[j]
	if d.genre != GenreFiction || !d.narratorOwned(m) {
		return -1
	}
	e := d.ownedBefore(j)
	if e < 0 || e == d.index.narrator || d.entities[e].kind != Person {
		return -1
	}
	return e
}
