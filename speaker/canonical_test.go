package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quoteattr/quoteattr/quote"
)

// TestNewsNameStaysFullest checks that in news a person's reported name is
// the fullest proper name, however often the surname alone is written.
func TestNewsNameStaysFullest(t *testing.T) {
	var b strings.Builder
	b.WriteString("Transport Minister Helena R. Vasquez opened the bridge on Monday.\n\n")
	for i := range 12 {
		fmt.Fprintf(&b, "\"It is part %d of the plan,\" Vasquez said.\n\n", i+1)
	}
	text := b.String()
	a, err := New(Options{Genre: GenreNews})
	if err != nil {
		t.Fatal(err)
	}
	res := a.AttributeText(text, quote.Find(text))
	if len(res.Entities) != 1 || res.Entities[0].Name != "Helena R. Vasquez" {
		var names []string
		for _, e := range res.Entities {
			names = append(names, e.Name)
		}
		t.Fatalf("speakers %q, want just %q", names, "Helena R. Vasquez")
	}
}
