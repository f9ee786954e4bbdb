package lexicon

import "fmt"

// PlaceKind says what a place word names. It is a set: "Georgia" is a
// country and a state, "Singapore" a country and a city.
type PlaceKind uint8

// The place kinds. The zero PlaceKind is none.
const (
	// PlaceDemonym is a nationality or regional adjective or noun:
	// "Syrian", "French", "Texan", "European".
	PlaceDemonym PlaceKind = 1 << iota
	// PlaceCountry is a sovereign state or a common name for one.
	PlaceCountry
	// PlaceRegion is a continent, a world region or a region inside a
	// country: "Middle East", "Europe", "Midwest", "Scotland".
	PlaceRegion
	// PlaceCity is a city or capital.
	PlaceCity
	// PlaceState is a US state or a state, province or territory of
	// another federation.
	PlaceState
	// PlaceOther is another geographic name: a sea, river, mountain range,
	// island or district.
	PlaceOther
)

var placeKindNames = []string{"demonym", "country", "region", "city", "state", "place"}

// Has reports whether k includes every kind in x.
func (k PlaceKind) Has(x PlaceKind) bool { return k&x == x }

// String lists the kinds in k, comma-separated ("country,city").
func (k PlaceKind) String() string { return flagString(k, placeKindNames) }

// Places maps lower-case place names and demonyms ("syria", "syrian",
// "new york", "middle east") to what they name. Phrases are joined by
// single spaces; abbreviations are stored without their final period but
// keep inner ones ("us", "u.s", "calif").
var Places = mapOnce("demonyms.txt", parsePlace)

// LookupPlace finds a place name or demonym whatever its case, and reports
// whether it is one. The plural of a demonym ("Syrians", "Israelis") is
// found as a demonym too. Callers strip an abbreviation's final period
// ("U.S." is looked up as "U.S").
func LookupPlace(word string) (PlaceKind, bool) {
	m := Places()
	if k, ok := lookupFold(m, word); ok {
		return k, true
	}
	n := len(word)
	if n < 2 || (word[n-1] != 's' && word[n-1] != 'S') {
		return 0, false
	}
	if k, ok := lookupFold(m, word[:n-1]); ok && k.Has(PlaceDemonym) {
		return PlaceDemonym, true
	}
	return 0, false
}

// parsePlace reads "name<TAB>kind[,kind]".
func parsePlace(f []string) (PlaceKind, error) {
	if err := fieldCount(f, 2, 2); err != nil {
		return 0, err
	}
	k, err := parseFlags[PlaceKind](f[1], placeKindNames)
	if err != nil {
		return 0, fmt.Errorf("entry %q: %w", f[0], err)
	}
	return k, nil
}
