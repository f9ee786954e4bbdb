package speaker

// mergeHonor is what a family title tells of the person it names: a man
// or a woman, and for a woman whether she is written as married.
type mergeHonor struct {
	gender  Gender
	married bool
}

// mergeHonors are the titles written before a bare surname that
// mergeTitledSurnames lets stand for the one person of that surname with a
// first name: the English "Miss" and "Mr." and their French, Italian,
// German and Spanish peers ("Madame Arden", "Herr Vogt"), which novels
// give to a foreign woman or man whatever the family.
var mergeHonors = map[string]mergeHonor{
	"miss": {Female, false}, "mademoiselle": {Female, false}, "mlle": {Female, false},
	"madame": {Female, true}, "mme": {Female, true}, "madam": {Female, true},
	"signora": {Female, true}, "frau": {Female, true}, "señora": {Female, true}, "senora": {Female, true},
	"mr": {Male, false}, "monsieur": {Male, false}, "m'sieur": {Male, false}, "signor": {Male, false},
	"herr": {Male, false}, "señor": {Male, false}, "senor": {Male, false},
}

// oneHonorClass reports whether the family titles of the entities of one
// surname all agree on marriage: a "Madame Arden" beside a "Mademoiselle
// Arden" is a mother and a daughter, and neither is merged.
func (d *document) oneHonorClass(members []int) bool {
	seen := map[bool]bool{}
	for _, e := range members {
		for _, h := range d.entities[e].honors {
			seen[mergeHonors[h].married] = true
		}
	}
	return len(seen) < 2
}
