package lexicon

import "fmt"

// NominalClass says what a common noun that may denote a speaker denotes.
// It is a set: "staff" is a group and may head an organisation's name.
type NominalClass uint8

// The nominal classes. The zero NominalClass is none.
const (
	// NominalPerson is a singular noun for one person: "official",
	// "spokeswoman", "lawyer", "mother", "stranger".
	NominalPerson NominalClass = 1 << iota
	// NominalGroup is a plural or collective noun for people:
	// "officials", "protesters", "police", "Democrats".
	NominalGroup
	// NominalOrg is the head noun of an organisation: "ministry",
	// "agency", "campaign", "newspaper".
	NominalOrg
)

var nominalClassNames = []string{"person", "group", "org"}

// Has reports whether c includes every class in x.
func (c NominalClass) Has(x NominalClass) bool { return c&x == x }

// String lists the classes in c, comma-separated ("group,org").
func (c NominalClass) String() string { return flagString(c, nominalClassNames) }

// Nominal describes a common noun that may denote a speaker.
type Nominal struct {
	Class NominalClass
	// Gender is the gender the noun marks ("woman", "father",
	// "spokesman"), or GenderUnknown.
	Gender Gender
}

// Nominals maps lower-case common nouns that may denote a speaker
// ("official", "officials", "ministry", "spokeswoman") to their class and
// gender.
var Nominals = mapOnce("nominals.txt", parseNominal)

// LookupNominal finds a speaker noun whatever its case, and reports
// whether it is one.
func LookupNominal(word string) (Nominal, bool) {
	return lookupFold(Nominals(), word)
}

// parseNominal reads "noun<TAB>class[,class]<TAB>m|f|-".
func parseNominal(f []string) (Nominal, error) {
	if err := fieldCount(f, 3, 3); err != nil {
		return Nominal{}, err
	}
	c, err := parseFlags[NominalClass](f[1], nominalClassNames)
	if err != nil {
		return Nominal{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	g, err := parseGender(f[2])
	if err == nil && (g == Unisex || g == Neuter) {
		err = fmt.Errorf("gender %q not one of m, f, -", f[2])
	}
	if err != nil {
		return Nominal{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	return Nominal{Class: c, Gender: g}, nil
}
