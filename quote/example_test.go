package quote_test

import (
	"fmt"

	"github.com/quoteattr/quoteattr/quote"
)

func ExampleFind() {
	text := "The mayor called the plan “reckless.” “We will not sign it,” she said.\n\n" +
		"The union’s ‘night tariff’ stays."
	for _, q := range quote.Find(text) {
		fmt.Printf("%s %s depth=%d\n", q.Kind, q.Span.Text(text), q.Depth)
	}
	// Output:
	// partial “reckless.” depth=0
	// direct “We will not sign it,” depth=0
	// term ‘night tariff’ depth=0
}

func ExampleDetector_FindInParagraphs() {
	text := "“We have lost three boats this winter.\n\n“We will not lose a fourth,” he said."
	paragraphs := []quote.Span{{Start: 0, End: 40}, {Start: 42, End: len(text)}}
	d := quote.NewDetector(quote.Options{})
	for _, q := range d.FindInParagraphs(text, paragraphs) {
		for _, p := range q.Parts {
			fmt.Println(p.Text(text))
		}
	}
	// Output:
	// “We have lost three boats this winter.
	// “We will not lose a fourth,”
}

func ExampleNewDetector() {
	d := quote.NewDetector(quote.Options{Conventions: quote.DefaultConventions | quote.DashDialogue})
	text := "— Come here, he said.\n— Why? asked the boy."
	for _, q := range d.Find(text) {
		fmt.Println(q.Span.Text(text), q.Style)
	}
	// Output:
	// — Come here, dash-dialogue
	// — Why? dash-dialogue
}
