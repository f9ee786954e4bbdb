package speaker_test

import (
	"fmt"

	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// AttributeText attributes the quotations package quote finds; most
// programs call quoteattr.Analyze, which does both.
func ExampleAttributor_AttributeText() {
	text := `Secretary of Labor Janet K. Moreno spoke on Friday.

"Wages are rising," Moreno said. "Not fast enough."`
	a, err := speaker.New(speaker.Options{})
	if err != nil {
		panic(err)
	}
	qs := quote.Find(text)
	res := a.AttributeText(text, qs)
	for i, q := range qs {
		at := res.Attributions[i]
		fmt.Printf("%s %s (%s, %.2f)\n", q.Span.Text(text), res.Entities[at.Speaker].Name, at.Rule, at.Confidence)
	}
	// Output:
	// "Wages are rising," Janet K. Moreno (cue-adjacent, 0.95)
	// "Not fast enough." Janet K. Moreno (split-quote, 0.85)
}

// A novel's cast, when known, names the speakers as the caller wants them.
func ExampleOptions_characters() {
	text := `Lizzy came in from the garden.

"It is raining again," said Lizzy.`
	a, err := speaker.New(speaker.Options{
		Genre: speaker.GenreFiction,
		Characters: []speaker.Character{
			{Name: "Elizabeth Harlow", Aliases: []string{"Lizzy", "Miss Harlow"}, Gender: speaker.Female},
		},
	})
	if err != nil {
		panic(err)
	}
	qs := quote.Find(text)
	res := a.AttributeText(text, qs)
	fmt.Println(res.Entities[res.Attributions[0].Speaker].Name)
	// Output: Elizabeth Harlow
}
