package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"

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
	// Quote is the quotation's index in the Document; the parts of one
	// quotation running over several paragraphs share it.
	Quote int `json:"quote"`
	// Part and Parts number the paragraphs of such a quotation (1 of 3);
	// both are omitted for a quotation within one paragraph.
	Part     int          `json:"part,omitempty"`
	Parts    int          `json:"parts,omitempty"`
	Unclosed bool         `json:"unclosed,omitempty"`
	Nested   []jsonNested `json:"nested,omitempty"`
}

// jsonNested is a quotation inside a quotation: a quote the speaker
// quotes. It stays inside its enclosing record.
type jsonNested struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Depth int    `json:"depth"`
	Quote int    `json:"quote"`
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
	Genre     string          `json:"genre"`
}

type jsonError struct {
	File  string `json:"file,omitempty"`
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// lineDecoder processes JSONL lines whose id and text are in the named
// fields.
type lineDecoder struct {
	an        *quoteattr.Analyzer
	textField string
	// input is a struct type {ID json.RawMessage; Text *string} whose
	// JSON tags are the field names: encoding/json then reads the text
	// once and skips every other field. As encoding/json does, it takes a
	// field whose name differs only in case when the exact name is absent.
	input reflect.Type
}

// newLineDecoder returns a decoder for lines whose document id and text
// are in the fields named idField and textField. It fails for names
// encoding/json cannot match.
func newLineDecoder(an *quoteattr.Analyzer, idField, textField string) (lineDecoder, error) {
	for _, name := range []string{idField, textField} {
		if !isFieldName(name) {
			return lineDecoder{}, fmt.Errorf("field name %q not supported: use letters, digits, spaces or !#$%%&()*+-./:;<=>?@[]^_{|}~", name)
		}
	}
	input := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeFor[json.RawMessage](), Tag: reflect.StructTag(fmt.Sprintf("json:%q", idField))},
		{Name: "Text", Type: reflect.TypeFor[*string](), Tag: reflect.StructTag(fmt.Sprintf("json:%q", textField))},
	})
	return lineDecoder{an: an, textField: textField, input: input}, nil
}

// isFieldName reports whether encoding/json accepts name in a struct tag.
func isFieldName(name string) bool {
	if name == "" || name == "-" {
		return false
	}
	for _, c := range name {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) {
			return false
		}
	}
	return true
}

// process analyses one input line and writes its result line, or an
// error record when the line is malformed.
func (d lineDecoder) process(u *unit, out *bytes.Buffer) (string, tally) {
	id, text, err := d.decode(u.data)
	t := tally{bytes: int64(len(u.data))}
	putLineBuffer(u.data)
	u.data = nil
	var doc *quoteattr.Document
	if err == nil {
		doc, err = analyze(d.an, text)
	}
	if err != nil {
		rec := jsonError{Line: u.line, Error: err.Error()}
		if u.named {
			rec.File = u.src
		}
		writeLine(out, rec)
		t.errors = 1
		return fmt.Sprintf("attribute: %s: line %d: %v", u.src, u.line, err), t
	}
	writeLine(out, toJSONResult(id, doc))
	t.docs, t.quotes, t.speakers = 1, len(doc.Quotes), len(doc.Speakers)
	return "", t
}

// decode returns the id (nil when absent) and the text of a line.
func (d lineDecoder) decode(line []byte) (json.RawMessage, string, error) {
	line = bytes.TrimSpace(line)
	if line[0] != '{' {
		return nil, "", errors.New("not a JSON object")
	}
	v := reflect.New(d.input)
	err := json.Unmarshal(line, v.Interface())
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return nil, "", fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
	case errors.As(err, &te):
		return nil, "", fmt.Errorf("field %q is not a string", d.textField)
	case err != nil:
		return nil, "", err
	}
	in := v.Elem()
	text := in.Field(1)
	if text.IsNil() {
		return nil, "", fmt.Errorf("no %q field", d.textField)
	}
	return in.Field(0).Bytes(), text.Elem().String(), nil
}

// analyze analyses text. The library never panics by contract; should it
// do so all the same, the panic becomes an error so that one document
// cannot stop a whole corpus.
func analyze(an *quoteattr.Analyzer, text string) (doc *quoteattr.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error, please report: %v", r)
		}
	}()
	return an.Analyze(text), nil
}

// writeLine writes v as one JSON line.
func writeLine(out *bytes.Buffer, v any) {
	start := out.Len()
	if err := json.NewEncoder(out).Encode(v); err != nil {
		out.Truncate(start)
		json.NewEncoder(out).Encode(jsonError{Error: err.Error()})
	}
}

// toJSONResult converts a Document to the JSONL schema.
func toJSONResult(id json.RawMessage, doc *quoteattr.Document) jsonResult {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	res := jsonResult{ID: id, Sentences: []jsonRange{}, Quotes: []jsonQuote{}, Speakers: []jsonSpeaker{}, Genre: doc.Genre.String()}
	for _, s := range doc.Sentences {
		res.Sentences = append(res.Sentences, jsonRange{s.Start, s.End})
	}
	res.Quotes = toJSONQuotes(doc)
	for _, s := range doc.Speakers {
		js := jsonSpeaker{ID: s.ID, Name: s.Name, Kind: s.Kind.String(), Mentions: []jsonSpan{}}
		for _, m := range s.Mentions {
			js.Mentions = append(js.Mentions, *spanText(doc, m.Span))
		}
		res.Speakers = append(res.Speakers, js)
	}
	return res
}

// toJSONQuotes lists the top-level quotations, one record per paragraph
// of a quotation that runs over several, with the quotations nested in
// each record's span inside it.
func toJSONQuotes(doc *quoteattr.Document) []jsonQuote {
	out := []jsonQuote{}
	for i, q := range doc.Quotes {
		if q.Depth > 0 {
			continue
		}
		if len(q.Parts) < 2 {
			out = append(out, toJSONQuote(doc, i, q.Span))
			continue
		}
		for k, part := range q.Parts {
			jq := toJSONQuote(doc, i, part)
			jq.Part, jq.Parts = k+1, len(q.Parts)
			out = append(out, jq)
		}
	}
	nestQuotes(doc, out)
	return out
}

// nestQuotes puts every quotation of depth one or more into the record
// whose span holds it.
func nestQuotes(doc *quoteattr.Document, records []jsonQuote) {
	r := 0
	for i, q := range doc.Quotes {
		if q.Depth == 0 {
			continue
		}
		for r < len(records) && records[r].End <= q.Span.Start {
			r++
		}
		if r == len(records) {
			return
		}
		if records[r].Start <= q.Span.Start && q.Span.End <= records[r].End {
			records[r].Nested = append(records[r].Nested, jsonNested{Start: q.Span.Start, End: q.Span.End,
				Text: doc.Slice(q.Span), Kind: q.Kind.String(), Depth: q.Depth, Quote: i})
		}
	}
}

// toJSONQuote writes quotation i, or the part of it covering span.
func toJSONQuote(doc *quoteattr.Document, i int, span quoteattr.Span) jsonQuote {
	q := doc.Quotes[i]
	jq := jsonQuote{
		Start: span.Start, End: span.End, Text: doc.Slice(span),
		Kind: q.Kind.String(), Rule: q.Rule.String(), Confidence: q.Confidence,
		Mention: optSpan(doc, q.Mention), Cue: optSpan(doc, q.Cue),
		Quote: i, Unclosed: q.Unclosed,
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

// spanText returns s with the text it covers, as the JSON output writes it.
func spanText(doc *quoteattr.Document, s quoteattr.Span) *jsonSpan {
	return &jsonSpan{Start: s.Start, End: s.End, Text: doc.Slice(s)}
}
