package lexicon

import "fmt"

// FirstNames maps lower-case given names and their common diminutives
// ("elizabeth", "liz", "fanny", "sergei", "mohammed") to the gender of
// their dominant use in English text: Male, Female or Unisex.
var FirstNames = mapOnce("firstnames.txt", parseFirstName)

// FirstNameGender reports the usual gender of the given name, whatever its
// case ("JANE", "Jane" and "jane" agree), and whether the name is known.
func FirstNameGender(name string) (Gender, bool) {
	return lookupFold(FirstNames(), name)
}

// parseFirstName reads "name<TAB>m|f|u".
func parseFirstName(f []string) (Gender, error) {
	if err := fieldCount(f, 2, 2); err != nil {
		return GenderUnknown, err
	}
	g, err := parseGender(f[1])
	if err == nil && g != Male && g != Female && g != Unisex {
		err = fmt.Errorf("gender %q not one of m, f, u", f[1])
	}
	if err != nil {
		return GenderUnknown, fmt.Errorf("entry %q: %w", f[0], err)
	}
	return g, nil
}
