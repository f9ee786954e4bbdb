package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/quoteattr/quoteattr"
)

// jsonSpan is a span with its text, as the JSONL schema writes mentions
// and cues.
type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type jsonRange struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonQuote struct {
	Start      int       `json:"start"`
	End        int       `json:"end"`
	Text       string    `json:"text"`
	Kind       string    `json:"kind"`
	Speaker    *string   `json:"speaker"`
	SpeakerID  *int      `json:"speaker_id"`
	Addressee  *string   `json:"addressee"`
	Mention    *jsonSpan `json:"mention"`
	Cue        *jsonSpan `json:"cue"`
	Rule       string    `json:"rule"`
	Confidence float64   `json:"confidence"`
	Depth      int       `json:"depth"`
	Unclosed   bool      `json:"unclosed,omitempty"`
}

type jsonSpeaker struct {
	ID       int        `json:"id"`
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Mentions []jsonSpan `json:"mentions"`
}

type jsonResult struct {
	ID        json.RawMessage `json:"id"`
	Sentences []jsonRange     `json:"sentences"`
	Quotes    []jsonQuote     `json:"quotes"`
	Speakers  []jsonSpeaker   `json:"speakers"`
}

type jsonError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

type jsonInput struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// runJSONL processes JSON Lines from in, one result line per input line.
func runJSONL(in io.Reader, out *bufio.Writer, stderr io.Writer) int {
	r := bufio.NewReader(in)
	status := 0
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if perr := processLine(out, n, line); perr != nil {
				fmt.Fprintf(stderr, "attribute: line %d: %v\n", n, perr)
				status = 1
			}
		}
		if err == io.EOF {
			return status
		}
		if err != nil {
			fmt.Fprintf(stderr, "attribute: reading standard input: %v\n", err)
			return 1
		}
	}
}

// processLine analyses one input line and writes its result, or an error
// record when the line is malformed.
func processLine(out *bufio.Writer, n int, line []byte) error {
	var in jsonInput
	err := json.Unmarshal(line, &in)
	if err == nil && in.Text == nil {
		err = fmt.Errorf(`no "text" field`)
	}
	if err != nil {
		writeLine(out, jsonError{Line: n, Error: err.Error()})
		return err
	}
	doc := quoteattr.Analyze(*in.Text)
	writeLine(out, toJSONResult(in.ID, doc))
	return nil
}

// writeLine writes v as one JSON line.
func writeLine(out *bufio.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(jsonError{Error: err.Error()})
	}
	out.Write(b)
	out.WriteByte('\n')
}

// toJSONResult converts a Document to the JSONL schema.
func toJSONResult(id json.RawMessage, doc *quoteattr.Document) jsonResult {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	res := jsonResult{ID: id, Sentences: []jsonRange{}, Quotes: []jsonQuote{}, Speakers: []jsonSpeaker{}}
	for _, s := range doc.Sentences {
		res.Sentences = append(res.Sentences, jsonRange{s.Start, s.End})
	}
	for _, q := range doc.Quotes {
		res.Quotes = append(res.Quotes, toJSONQuote(doc, q))
	}
	for _, s := range doc.Speakers {
		js := jsonSpeaker{ID: s.ID, Name: s.Name, Kind: s.Kind.String(), Mentions: []jsonSpan{}}
		for _, m := range s.Mentions {
			js.Mentions = append(js.Mentions, *spanText(doc, m.Span))
		}
		res.Speakers = append(res.Speakers, js)
	}
	return res
}

func toJSONQuote(doc *quoteattr.Document, q quoteattr.Quote) jsonQuote {
	jq := jsonQuote{
		Start: q.Span.Start, End: q.Span.End, Text: doc.Slice(q.Span),
		Kind: q.Kind.String(), Rule: q.Rule.String(), Confidence: q.Confidence,
		Mention: optSpan(doc, q.Mention), Cue: optSpan(doc, q.Cue),
		Depth: q.Depth, Unclosed: q.Unclosed,
	}
	if s, ok := doc.SpeakerOf(q); ok {
		jq.Speaker, jq.SpeakerID = &s.Name, &s.ID
	}
	if q.Addressee >= 0 && q.Addressee < len(doc.Speakers) {
		jq.Addressee = &doc.Speakers[q.Addressee].Name
	}
	return jq
}

// optSpan returns the span with its text, or nil for an empty span.
func optSpan(doc *quoteattr.Document, s quoteattr.Span) *jsonSpan {
	if s.Empty() {
		return nil
	}
	return spanText(doc, s)
}

func spanText(doc *quoteattr.Document, s quoteattr.Span) *jsonSpan {
	return &jsonSpan{Start: s.Start, End: s.End, Text: doc.Slice(s)}
}
