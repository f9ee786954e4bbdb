package speaker

import "strings"

// roleKin groups role nouns that English fiction uses for one and the
// same calling, so that a character first called "the parson" is the one
// later called "the clergyman". Each noun maps to the first of its group.
var roleKin = map[string]string{
	"clergyman": "clergyman", "parson": "clergyman", "vicar": "clergyman",
	"rector": "clergyman", "curate": "clergyman", "priest": "clergyman",
	"pastor": "clergyman", "chaplain": "clergyman",
	"doctor": "doctor", "physician": "doctor", "surgeon": "doctor",
	"policeman": "policeman", "constable": "policeman",
	"lawyer": "lawyer", "attorney": "lawyer", "solicitor": "lawyer",
}

// kinDescribed returns the entity of an earlier definite description
// whose head noun names the same calling as that of name ("the parson"
// for "the clergyman"), the latest such when there are several, or -1.
// Only "the" and one noun are read: "the old parson" is left alone.
func (d *document) kinDescribed(name string) int {
	det, head, ok := strings.Cut(name, " ")
	group, kin := roleKin[head]
	if !ok || det != "the" || !kin {
		return -1
	}
	best := -1
	for _, other := range roleKinOrder {
		if other == head || roleKin[other] != group {
			continue
		}
		if e, ok := d.index.byDesc["the "+other]; ok && e > best {
			best = e
		}
	}
	return best
}

// roleKinOrder lists the nouns of roleKin in a fixed order, so that the
// search never depends on map order.
var roleKinOrder = []string{
	"clergyman", "parson", "vicar", "rector", "curate", "priest", "pastor", "chaplain",
	"doctor", "physician", "surgeon", "policeman", "constable", "lawyer", "attorney", "solicitor",
}
