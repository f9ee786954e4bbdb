package quoteattr_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/quoteattr/quoteattr"
)

// A news paragraph: each quotation with its speaker, the rule that
// attributed it and the speech verb that introduced it.
func Example() {
	text := `"The bridge will reopen in May," Mayor Ellen Park said on Tuesday. ` +
		`Councilman David Ortiz disagreed: "Nobody believes that date."`
	doc := quoteattr.Analyze(text)
	for _, q := range doc.Quotes {
		if s, ok := doc.SpeakerOf(q); ok {
			fmt.Printf("%s: %s (%s, cue %q)\n", s.Name, doc.Slice(q.Content), q.Rule, doc.Slice(q.Cue))
		}
	}
	// Output:
	// Ellen Park: The bridge will reopen in May, (cue-adjacent, cue "said")
	// David Ortiz: Nobody believes that date. (colon, cue "")
}

// Analyze never fails: text without quotations, empty text and text that
// is not UTF-8 all give a Document.
func ExampleAnalyze() {
	for _, text := range []string{"", "No quotations here.", "\xff\xfe\"Hi\xff,\" said Ann."} {
		doc := quoteattr.Analyze(text)
		fmt.Printf("%d paragraphs, %d sentences, %d quotes\n", len(doc.Paragraphs), len(doc.Sentences), len(doc.Quotes))
	}
	// Output:
	// 0 paragraphs, 0 sentences, 0 quotes
	// 1 paragraphs, 1 sentences, 0 quotes
	// 1 paragraphs, 1 sentences, 1 quotes
}

// New builds an Analyzer once; it is immutable and may be shared by many
// goroutines.
func ExampleNew() {
	a, err := quoteattr.New(quoteattr.Options{})
	if err != nil {
		log.Fatal(err)
	}
	doc := a.Analyze(`"We are ready," said Coach Tomas Herrera.`)
	s, _ := doc.SpeakerOf(doc.Quotes[0])
	fmt.Println(s.Name, s.Kind)
	// Output:
	// Tomas Herrera person
}

// Every span is a pair of UTF-8 byte offsets into the text, end
// exclusive; Slice returns the text a span covers.
func ExampleDocument_Slice() {
	doc := quoteattr.Analyze(`Anna said: “Café au lait, s’il vous plaît.” Then she left.`)
	for _, s := range doc.Sentences {
		fmt.Printf("%v %q\n", s, doc.Slice(s))
	}
	q := doc.Quotes[0]
	fmt.Printf("quote %v %s\ncontent %v %s\n", q.Span, doc.Slice(q.Span), q.Content, doc.Slice(q.Content))
	// Output:
	// {0 51} "Anna said: “Café au lait, s’il vous plaît.”"
	// {52 66} "Then she left."
	// quote {11 51} “Café au lait, s’il vous plaît.”
	// content {14 48} Café au lait, s’il vous plaît.
}

// SpeakerOf returns a quotation's speaker; a scare quote has none.
func ExampleDocument_SpeakerOf() {
	doc := quoteattr.Analyze(`The so-called "reform" failed, Senator Ruth Alvarez said. "It was a tax cut for landlords," she said.`)
	for _, q := range doc.Quotes {
		s, ok := doc.SpeakerOf(q)
		fmt.Printf("%-8s %-40s speaker=%q found=%v\n", q.Kind, doc.Slice(q.Span), s.Name, ok)
	}
	// Output:
	// term     "reform"                                 speaker="" found=false
	// direct   "It was a tax cut for landlords,"        speaker="Ruth Alvarez" found=true
}

// A Speaker lists the mentions of one person in text order.
func ExampleSpeaker() {
	doc := quoteattr.Analyze(`Dr. Amir Haddad told reporters: "The vaccine works." ` +
		`Haddad added that he was "very confident."`)
	for _, s := range doc.Speakers {
		fmt.Printf("%s (%s):", s.Name, s.Kind)
		for _, m := range s.Mentions {
			fmt.Printf(" %q", doc.Slice(m.Span))
		}
		fmt.Println()
	}
	// Output:
	// Amir Haddad (person): "Dr. Amir Haddad" "Haddad"
}

// Quotations nest: Depth counts the levels and Parent indexes the
// enclosing quotation in Document.Quotes.
func ExampleQuote() {
	doc := quoteattr.Analyze(`"She told me, 'Never again,' and walked out," Tom said.`)
	for i, q := range doc.Quotes {
		fmt.Printf("%d depth=%d parent=%d %s\n", i, q.Depth, q.Parent, doc.Slice(q.Span))
	}
	// Output:
	// 0 depth=0 parent=-1 "She told me, 'Never again,' and walked out,"
	// 1 depth=1 parent=0 'Never again,'
}

// A Document encodes to JSON with every span as byte offsets.
func ExampleDocument_json() {
	doc := quoteattr.Analyze(`"Yes," said Ann.`)
	b, err := json.Marshal(doc.Quotes[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"span":{"start":0,"end":6},"content":{"start":1,"end":5},"kind":"direct","depth":0,"parent":-1,"speaker":0,"addressee":-1,"mention":{"start":12,"end":15},"cue":{"start":7,"end":11},"rule":"cue-adjacent","confidence":0.95}
}
