package segment_test

import (
	"fmt"
	"strings"

	"github.com/quoteattr/quoteattr/internal/segment"
)

func ExampleSentences() {
	text := "“Does the ferry run at 6 p.m. on Sundays?” Ana M. Reyes asked. " +
		"Nobody knew.\n\nThe U.S. Coast Guard said no. It cited the weather."
	for _, s := range segment.Sentences(text, segment.Paragraphs(text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// “Does the ferry run at 6 p.m. on Sundays?” Ana M. Reyes asked.
	// Nobody knew.
	// The U.S. Coast Guard said no.
	// It cited the weather.
}

func ExampleParagraphs() {
	text := "      The harbour was quiet\n      that night.\n\n      Nobody came."
	for _, p := range segment.Paragraphs(text) {
		fmt.Printf("%q\n", text[p.Start:p.End])
	}
	// Output:
	// "The harbour was quiet\n      that night."
	// "Nobody came."
}

func ExampleSentenceSeq() {
	text := "1. Buy bread 2. Feed the cat"
	for s := range segment.SentenceSeq(text, segment.Paragraphs(text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// 1. Buy bread
	// 2. Feed the cat
}

func ExampleExplain() {
	text := "Mr. Hale left at 5 p.m. He took the U.S. Navy launch."
	for _, d := range segment.Explain(text, segment.Paragraphs(text)) {
		before := text[:d.Mark.End]
		word := before[strings.LastIndexByte(before, ' ')+1:]
		fmt.Printf("%-8s split=%-5v %s\n", word, d.Split, d.Rule)
	}
	// Output:
	// Mr.      split=false title
	// p.       split=false no-space
	// p.m.     split=true  abbrev-end
	// U.       split=false no-space
	// U.S.     split=false abbrev
	// launch.  split=true  paragraph-end
}
