package lexicon

import "fmt"

// TitleClass says how a title word takes part in a title chain such as
// "former Deputy Secretary of State". It is a set: a word may belong to
// several classes ("Chief" is a role and a modifier).
type TitleClass uint8

// The title classes. The zero TitleClass is none.
const (
	// TitleHonorific is a form of address before a name, never a post:
	// "Mr", "Mrs", "Dr", "Sir", "Lady", "Madame", "Aunt", "Father".
	TitleHonorific TitleClass = 1 << iota
	// TitleRole is a post or rank that may stand before a name or for it:
	// "President", "Senator", "Sen", "Gen", "Mayor", "Rabbi", "Coach".
	TitleRole
	// TitleModifier combines with roles in a chain but is not a title
	// alone: "Foreign", "Deputy", "Vice", "former", "of", "Majority".
	TitleModifier
	// TitleSuffix is a post-nominal written after a name and part of it:
	// "Jr", "III", "Esq", "MP", "PhD".
	TitleSuffix
)

var titleClassNames = []string{"honorific", "role", "modifier", "suffix"}

// Has reports whether c includes every class in x.
func (c TitleClass) Has(x TitleClass) bool { return c&x == x }

// String lists the classes in c, comma-separated ("role,modifier").
func (c TitleClass) String() string { return flagString(c, titleClassNames) }

// Title describes a word or phrase that precedes, replaces or follows a
// name.
type Title struct {
	// Gender is the gender the title marks ("Mrs", "King", "Chairwoman"),
	// or GenderUnknown.
	Gender Gender
	// Class says how the title combines with others and with names.
	Class TitleClass
}

// Titles maps lower-case honorifics, roles, title modifiers and
// post-nominals, without a final period ("mr", "sen", "secretary-general",
// "prime minister", "jr"), to their gender and class. Phrases are joined
// by single spaces. Demonyms ("Russian") are in [Places], not here.
var Titles = mapOnce("titles.txt", parseTitle)

// LookupTitle finds a title word or phrase whatever its case, and reports
// whether it is one.
func LookupTitle(word string) (Title, bool) {
	return lookupFold(Titles(), word)
}

// parseTitle reads "title<TAB>m|f|-<TAB>class[,class]".
func parseTitle(f []string) (Title, error) {
	if err := fieldCount(f, 3, 3); err != nil {
		return Title{}, err
	}
	g, err := parseGender(f[1])
	if err == nil && (g == Unisex || g == Neuter) {
		err = fmt.Errorf("gender %q not one of m, f, -", f[1])
	}
	if err != nil {
		return Title{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	c, err := parseFlags[TitleClass](f[2], titleClassNames)
	if err != nil {
		return Title{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	return Title{Gender: g, Class: c}, nil
}
