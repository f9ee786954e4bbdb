package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// placeHeads are the last words of English place names: streets, squares,
// estates and buildings ("Cobble Lane", "Tarrow Manor").
// The value says whether the word alone, without a title, is a place too
// (a "Street" left by a cut name: "Knight s Street"); "Lane" or "Park"
// alone may be a surname.
var placeHeads = map[string]bool{
	"street": true, "lane": false, "road": true, "square": true, "avenue": true, "terrace": true,
	"crescent": true, "manor": false, "abbey": false, "park": false, "gardens": true, "place": true,
	"grange": false, "priory": false, "rectory": false, "vicarage": false, "wharf": true, "quay": true,
	"lodge": false, "hall": false, "castle": false, "cottage": false, "towers": false,
}

// endsInPlaceHead reports a run [i, end) whose last word is a place head
// ("Cobble Lane", "Upper Tarrow Road") and whose first word is no given
// name ("Ellen Park" is a woman). A run of one word is a place only when
// the word alone always is ("Square") and no title came before it
// (roles is empty).
func (f *mentionFinder) endsInPlaceHead(i, end int, roles string) bool {
	last := f.d.word(f.toks[end-1])
	last = strings.TrimSuffix(strings.TrimSuffix(last, "’s"), "'s")
	alone, ok := placeHeads[strings.ToLower(last)]
	if !ok || !f.toks[end-1].upper {
		return false
	}
	if end-i < 2 {
		return alone && roles == ""
	}
	_, given := lexicon.FirstNameGender(f.d.word(f.toks[i]))
	return !given
}
