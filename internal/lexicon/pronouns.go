package lexicon

import "fmt"

// Number is grammatical number.
type Number uint8

// The numbers. The zero Number is unknown or either ("you").
const (
	NumberUnknown Number = iota
	Singular
	Plural
)

var numberNames = [...]string{"unknown", "singular", "plural"}

// String returns the number's name.
func (n Number) String() string {
	if int(n) < len(numberNames) {
		return numberNames[n]
	}
	return "unknown"
}

// PronounCase is the set of grammatical cases a pronoun form serves: "her"
// is both object and possessive determiner.
type PronounCase uint8

// The pronoun cases. The zero PronounCase is none.
const (
	// CaseSubject is the subject form: "I", "he", "they".
	CaseSubject PronounCase = 1 << iota
	// CaseObject is the object form: "me", "him", "them".
	CaseObject
	// CaseDeterminer is the possessive before a noun: "my", "his", "their".
	CaseDeterminer
	// CasePossessive is the possessive standing alone: "mine", "his",
	// "theirs".
	CasePossessive
	// CaseReflexive is the reflexive or emphatic form: "myself",
	// "herself".
	CaseReflexive
)

var pronounCaseNames = []string{"subj", "obj", "det", "poss", "refl"}

// Has reports whether c includes every case in x.
func (c PronounCase) Has(x PronounCase) bool { return c&x == x }

// String lists the cases in c, comma-separated, as written in pronouns.txt
// ("obj,det").
func (c PronounCase) String() string { return flagString(c, pronounCaseNames) }

// Pronoun describes a personal, possessive or reflexive pronoun form.
type Pronoun struct {
	// Person is 1, 2 or 3.
	Person uint8
	Number Number
	// Gender is Male, Female or Neuter for the third person singular, and
	// GenderUnknown otherwise.
	Gender Gender
	Case   PronounCase
}

// Pronouns maps lower-case personal pronoun forms, archaic ones included
// ("he", "her", "themselves", "thou", "thee"), to their features.
var Pronouns = mapOnce("pronouns.txt", parsePronoun)

// LookupPronoun finds a pronoun form whatever its case, and reports whether
// it is one.
func LookupPronoun(word string) (Pronoun, bool) {
	return lookupFold(Pronouns(), word)
}

// parsePronoun reads "form<TAB>person<TAB>sg|pl|-<TAB>m|f|n|-<TAB>case[,case]".
func parsePronoun(f []string) (Pronoun, error) {
	if err := fieldCount(f, 5, 5); err != nil {
		return Pronoun{}, err
	}
	var p Pronoun
	switch f[1] {
	case "1", "2", "3":
		p.Person = f[1][0] - '0'
	default:
		return Pronoun{}, fmt.Errorf("entry %q: person %q not 1, 2 or 3", f[0], f[1])
	}
	switch f[2] {
	case "sg":
		p.Number = Singular
	case "pl":
		p.Number = Plural
	case "-":
	default:
		return Pronoun{}, fmt.Errorf("entry %q: number %q not sg, pl or -", f[0], f[2])
	}
	g, err := parseGender(f[3])
	if err == nil && g == Unisex {
		err = fmt.Errorf("gender %q not one of m, f, n, -", f[3])
	}
	if err != nil {
		return Pronoun{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	p.Gender = g
	if p.Case, err = parseFlags[PronounCase](f[4], pronounCaseNames); err != nil {
		return Pronoun{}, fmt.Errorf("entry %q: %w", f[0], err)
	}
	return p, nil
}
