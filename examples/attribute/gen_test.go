package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// newsGen writes synthetic news articles for tests and benchmarks: made-up
// people saying made-up things, in the shapes news prose quotes people
// (cue after, cue before, partial quotes, scare quotes, a quotation
// running over two paragraphs, curly or straight marks). Every word was
// written for this project. The same seed gives the same articles.
type newsGen struct {
	r *rand.Rand
	n int // articles written so far
}

func newNewsGen(seed uint64) *newsGen {
	return &newsGen{r: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))}
}

var (
	genFirst  = []string{"Maria", "Daniel", "Harold", "Amina", "Tomas", "Grace", "Felix", "Noor", "Ingrid", "Samuel", "Lucia", "Kwame"}
	genLast   = []string{"Okafor", "Reyes", "Finch", "Lindqvist", "Castellano", "Adeyemi", "Moreau", "Takahashi", "Brennan", "Kowalski", "Osei", "Varga"}
	genTitles = []string{"Councilwoman", "Commissioner", "Dr.", "Mayor", "Sen.", "Chief Inspector"}
	genRoles  = []string{"the harbor commissioner", "a spokeswoman for the council", "the union's president",
		"a senior engineer on the project", "the city treasurer", "who chairs the transport committee"}
	genCues   = []string{"said", "told reporters", "added", "insisted", "warned", "said on Tuesday", "wrote in a statement"}
	genClaims = []string{
		"We have done everything the inspectors asked of us",
		"Nobody will be asked to take a risk we would not take ourselves",
		"The numbers simply do not add up, and everyone in this room knows it",
		"I have lived here for forty years and I have never seen the river this high",
		"This is not the plan we wanted, but it is a plan we can live with",
		"If the wall fails, it will not be for lack of warnings",
		"Our crews worked through the night, and they will do it again",
		"Frankly, the council was told about this in March",
		"We expect the first ships to dock by the end of the month",
		"There is no money left for the second phase",
	}
	genPhrases = []string{"within a fortnight", "a vanity project", "deeply irresponsible", "safe for now",
		"the worst flooding in a generation", "a reasonable compromise", "not negotiable"}
	genScare   = []string{"temporary", "modernization", "consultation", "savings"}
	genFillers = []string{
		"The council will vote on the budget next week.",
		"Repairs on the eastern pier began in the spring and are running behind schedule.",
		"Traffic on the river road was diverted for most of the afternoon.",
		"The project has cost the city more than twelve million dollars so far.",
		"Residents packed the hall for a meeting that lasted past midnight.",
		"An independent report is expected before the end of the year.",
		"Shipping companies have already moved some of their cargo to other ports.",
	}
)

// person is a made-up speaker: a full name for the first mention, a
// surname afterwards.
type person struct{ full, last string }

func (g *newsGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *newsGen) person() person {
	first, last := g.pick(genFirst), g.pick(genLast)
	if g.r.IntN(3) == 0 {
		return person{g.pick(genTitles) + " " + first + " " + last, last}
	}
	return person{first + " " + last, last}
}

// article returns an article of at least minBytes bytes.
func (g *newsGen) article(minBytes int) string {
	g.n++
	open, close := "\u201c", "\u201d"
	if g.n%3 == 0 {
		open, close = `"`, `"`
	}
	people := []person{g.person(), g.person(), g.person()}
	var b strings.Builder
	for b.Len() < minBytes {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		g.paragraph(&b, people, open, close)
	}
	return b.String()
}

// paragraph writes one paragraph of one of the shapes news uses.
func (g *newsGen) paragraph(b *strings.Builder, people []person, open, close string) {
	p := people[g.r.IntN(len(people))]
	claim, cue := g.pick(genClaims), g.pick(genCues)
	switch g.r.IntN(7) {
	case 0:
		fmt.Fprintf(b, "%s%s,%s %s %s.", open, claim, close, p.last, cue)
	case 1:
		fmt.Fprintf(b, "%s, %s, said the plan was %s%s.%s %s", p.full, g.pick(genRoles), open, g.pick(genPhrases), close, g.pick(genFillers))
	case 2:
		fmt.Fprintf(b, "%s%s,%s said %s. %s%s.%s", open, claim, close, p.last, open, g.pick(genClaims), close)
	case 3:
		fmt.Fprintf(b, "According to %s, the city has been %s%s%s about the costs. %s", p.full, open, g.pick(genPhrases), close, g.pick(genFillers))
	case 4:
		fmt.Fprintf(b, "%s The so-called %s%s%s has drawn criticism from residents.", g.pick(genFillers), open, g.pick(genScare), close)
	case 5: // a quotation over two paragraphs: no closing mark on the first
		fmt.Fprintf(b, "%s %s: %s%s.\n\n%s%s.%s", p.full, cue, open, claim, open, g.pick(genClaims), close)
	default:
		fmt.Fprintf(b, "%s %s", g.pick(genFillers), g.pick(genFillers))
	}
}

// jsonLine returns the article as a JSONL input line with its newline.
func jsonLine(id, text string) []byte {
	b, err := json.Marshal(struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}{id, text})
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// corpusReader is an io.Reader of generated JSONL, produced as it is read
// so that a corpus of any size takes no memory: size bytes at least, of
// articles of about docBytes each, and every bigEvery-th article (0:
// none) of bigBytes.
type corpusReader struct {
	gen                *newsGen
	size, read         int64
	docBytes, bigBytes int
	bigEvery           int
	docs               int
	pending            []byte
}

func (c *corpusReader) Read(p []byte) (int, error) {
	for len(c.pending) == 0 {
		if c.read >= c.size {
			return 0, io.EOF
		}
		c.docs++
		n := c.docBytes/2 + c.gen.r.IntN(c.docBytes+1)
		if c.bigEvery > 0 && c.docs%c.bigEvery == 0 {
			n = c.bigBytes
		}
		c.pending = jsonLine(fmt.Sprintf("gen-%07d", c.docs), c.gen.article(n))
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	c.read += int64(n)
	return n, nil
}
