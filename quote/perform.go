package quote

// performVerbs are the verbs of performing a piece: what follows one in
// title case is the name of a song, a tune or a play, not words spoken.
var performVerbs = newFoldList("sang", "sing", "sings", "singing", "sung",
	"played", "play", "plays", "playing", "hummed", "hum", "hums", "humming",
	"whistled", "whistle", "whistles", "whistling", "performed", "perform",
	"performs", "performing", "staged", "stage", "stages", "staging")

// performsTitle reports narration that ends with a verb of performing
// right before the mark, with no comma or colon (He sang “Annie Laurie”;
// the band played “Long Road Home”): sung words are introduced with a
// comma or a colon (She sang, “Oh, my darling”). The caller also passes
// over a quotation that ends as speech breaks off (He tried singing “Ho,”
// twice), which is the sung sound itself.
func (t *tail) performsTitle() bool {
	if t.comma || t.colon {
		return false
	}
	w, ok := t.word(0)
	return ok && performVerbs.has(w)
}
