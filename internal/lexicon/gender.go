package lexicon

import "fmt"

// Gender is the gender a word or a name usually marks.
type Gender uint8

// The genders. The zero Gender is unknown or unmarked; the order of the
// first three matches speaker.Gender.
const (
	GenderUnknown Gender = iota
	Male
	Female
	// Unisex marks a given name in common use for both sexes (Leslie,
	// Jordan, Sasha).
	Unisex
	// Neuter marks a pronoun for things ("it", "its").
	Neuter
)

var genderNames = [...]string{"unknown", "male", "female", "unisex", "neuter"}

// String returns the gender's name.
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return "unknown"
}

// parseGender reads a gender field: m, f, u, n, or "-" for unmarked.
func parseGender(s string) (Gender, error) {
	switch s {
	case "m":
		return Male, nil
	case "f":
		return Female, nil
	case "u":
		return Unisex, nil
	case "n":
		return Neuter, nil
	case "-":
		return GenderUnknown, nil
	}
	return GenderUnknown, fmt.Errorf("unknown gender %q (want m, f, u, n or -)", s)
}
