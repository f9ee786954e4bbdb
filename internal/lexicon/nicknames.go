package lexicon

import (
	"fmt"
	"strings"
)

// Nicknames maps lower-case familiar given names ("lizzy", "harry", "bill")
// to the formal name they stand for ("elizabeth", "henry", "william").
var Nicknames = mapOnce("nicknames.txt", parseNickname)

// FormalName returns the formal given name that a familiar form stands for
// ("Harry" gives "henry"), or the lower-cased word itself.
func FormalName(word string) string {
	if f, ok := lookupFold(Nicknames(), word); ok {
		return f
	}
	return strings.ToLower(word)
}

// parseNickname reads the formal name of one entry.
func parseNickname(f []string) (string, error) {
	if err := fieldCount(f, 2, 2); err != nil {
		return "", err
	}
	if f[1] == "" || strings.ToLower(f[1]) != f[1] {
		return "", fmt.Errorf("entry %q: formal name %q must be lower case", f[0], f[1])
	}
	return f[1], nil
}
