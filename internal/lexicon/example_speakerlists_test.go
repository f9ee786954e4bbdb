package lexicon_test

import (
	"fmt"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

func ExampleLookupTitle() {
	for _, w := range []string{"Russian", "Foreign", "Minister", "Sergei"} {
		if t, ok := lexicon.LookupTitle(w); ok {
			fmt.Printf("%s: title (%v)\n", w, t.Class)
			continue
		}
		if k, ok := lexicon.LookupPlace(w); ok {
			fmt.Printf("%s: place (%v)\n", w, k)
			continue
		}
		if g, ok := lexicon.FirstNameGender(w); ok {
			fmt.Printf("%s: given name (%v)\n", w, g)
		}
	}
	// Output:
	// Russian: place (demonym)
	// Foreign: title (modifier)
	// Minister: title (role)
	// Sergei: given name (male)
}
