package quote_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
)

// newsArticle is a news story written for these benchmarks, with about as
// many quotations per kilobyte as wire copy: attributions, partial
// quotations, a term, a multi-paragraph quotation and apostrophes.
const newsArticle = `Harbour master Ines Vale said Monday that the port had signed a “memorandum of understanding” with the ferry line and that talks on the winter timetable could be concluded within weeks, ending a dispute that has kept the night crossings idle since October.

Vale said she spoke twice over the weekend with the line’s chief executive, Tomas Berg, adding that the final terms would be settled in a call between the two boards later this week. Among the open questions are how the night crossings would be staffed, who would pay for the new pier lights and whether the smaller of the two ferries could be refitted in time for the spring season.

The port authority’s figures show that passenger numbers fell by almost a third after the crossings stopped, with the steepest drop among commuters who work shifts at the fish plant and the hospital on the island. Local businesses on both sides of the strait have complained of lost trade, and the regional council set aside money in its January budget to cover part of the cost of a restart.

“We are bringing the night crossings back,” Vale told reporters on the quay, pointing to a 2019 plan for a so-called “blue corridor” of lit buoys that was never built. “The boats are ready. The crews are ready.”

The union that represents the ferry crews has not signed the agreement, and its members voted last month to refuse work after midnight until the contracts are changed. Its spokesman, Arne Holt, said the crews’ current contracts don’t cover night work and that nobody had consulted them about the new timetable.

“If they want us on the water at two in the morning, they can sit down with us first,” Holt said in an interview at the union’s office near the station. “Nobody has asked.

“Nobody has even picked up the phone,” he added.

Berg’s office said in a statement that the company remained “fully committed” to the talks and expected to reach an agreement with the union before the service resumes. It’s the third attempt since the ’90s to keep the crossings running through the winter; the last one ended after two seasons when the council withdrew its subsidy.

A decision on the pier lights is expected at the council’s next meeting, on the first Tuesday of March.`

// dialogueChapter is a stretch of fiction written for these benchmarks,
// with about as much dialogue as a novel: cues, split sentences, nested
// and British marks, a title and dialect apostrophes.
const dialogueChapter = `The kitchen was warm and smelled of bread, and the window over the sink had fogged so that the yard beyond it was only a grey shape with a darker shape of the barn behind. Tom stood in the doorway with the fish held out in front of him like an offering, dripping on the mat his aunt had hooked the winter before.

"Is that you, Tom?" asked his aunt, without turning from the stove.

"It's me," said Tom. "I've brought the fish."

"Brought it, have you? And where was you all afternoon, I'd like to know?"

"Down by the mill, ma'am. Jem an' me was fishin' off the old jetty, an' he says, 'That's the biggest pike in the county,' an' I says it ain't."

She turned then and looked at the fish, and then at him, and for a long moment she said nothing at all. The clock on the dresser ticked. Somewhere upstairs a door banged in the draught, and the cat, which had been asleep on the chair by the range, opened one eye and closed it again.

'Well,' she said at last, 'pike or no pike, you'll wash before supper.'

"Yes'm," said Tom, and went out to the pump, whistling the tune the boys at school called "Old Dan's Lament." The water was so cold that it made his hands ache, and he scrubbed at them with the hard yellow soap until the smell of the river was mostly gone.

"And mind the Joneses' dog," she called after him. "It bit the postman on Tuesday."

He did not answer. The light was going fast now, and across the field he could see the lamp in the Joneses' window and, beyond it, the long dark line of the wood where the road ran down to the village.`

// repeatTo repeats s, separated by blank lines, until it is at least n
// bytes long.
func repeatTo(s string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	return b.String()
}

// benchText loads a named benchmark text.
func benchText(b *testing.B, name string) string {
	b.Helper()
	switch name {
	case "news":
		return repeatTo(newsArticle, 4<<20)
	case "dialogue":
		return repeatTo(dialogueChapter, 4<<20)
	case "novels":
		data, err := os.ReadFile("../../shared/bench/corpus/novels.txt")
		if err != nil {
			b.Skip("../shared/bench/corpus/novels.txt not found")
		}
		return string(data)
	}
	panic("unknown benchmark text " + name)
}

// hostileText returns inputs built to defeat a quotation finder: a million
// unbalanced marks of one kind or of every kind, and ordinary prose in one
// paragraph of 50 MB.
func hostileText(name string) string {
	switch name {
	case "openers":
		return strings.Repeat("“a ", 1_000_000)
	case "closers":
		return strings.Repeat("a” ", 1_000_000)
	case "straight":
		return strings.Repeat(`x "y `, 1_000_000)
	case "apostrophes":
		return strings.Repeat("'a ", 1_000_000)
	case "mixed":
		return strings.Repeat("“a ‘b «c ‹d „e ‚f 「g 『h ", 125_000)
	case "paragraph50MB":
		oneParagraph := strings.ReplaceAll(newsArticle, "\n\n", " ") + " "
		return strings.Repeat(oneParagraph, 50<<20/len(oneParagraph))
	}
	panic("unknown hostile text " + name)
}

// BenchmarkDetect measures detection alone: paragraphs are split before
// the timer starts.
func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{"news", "dialogue", "novels"} {
		b.Run(name, func(b *testing.B) {
			text := benchText(b, name)
			benchDetect(b, text)
		})
	}
}

// BenchmarkDetectHostile measures detection alone on hostile input; its
// MB/s stays within a small factor of BenchmarkDetect's.
func BenchmarkDetectHostile(b *testing.B) {
	for _, name := range []string{"openers", "closers", "straight", "apostrophes", "mixed", "paragraph50MB"} {
		b.Run(name, func(b *testing.B) {
			benchDetect(b, hostileText(name))
		})
	}
}

func benchDetect(b *testing.B, text string) {
	d := quote.NewDetector(quote.Options{})
	paras := segment.Paragraphs(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	start := cpuTime()
	for b.Loop() {
		n = len(d.FindInParagraphs(text, paras))
	}
	reportCPU(b, len(text), cpuTime()-start)
	b.ReportMetric(float64(n), "quotes")
}

// reportCPU reports the throughput in CPU time ("cpu-MB/s"), which a
// loaded machine does not distort as it does MB/s. The garbage collector
// runs on other threads too, so it can exceed MB/s on an idle machine.
func reportCPU(b *testing.B, size int, cpu time.Duration) {
	if cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkFind measures Find, paragraph splitting included.
func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"news", "dialogue", "novels"} {
		b.Run(name, func(b *testing.B) {
			text := benchText(b, name)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				quote.Find(text)
			}
			reportCPU(b, len(text), cpuTime()-start)
		})
	}
}
