package speaker

// notAddressable reports an entity no one speaks to: an organisation, or
// a name the text only ever uses for a place ("London", "Pinchin Lane").
func (d *document) notAddressable(e int) bool {
	x := &d.entities[e]
	switch x.kind {
	case Person:
		return false
	case Organization:
		return true
	}
	for _, mi := range x.mentions {
		if !d.mentions[mi].place {
			return false
		}
	}
	return len(x.mentions) > 0
}
