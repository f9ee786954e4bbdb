package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/quoteattr/quoteattr"
	"github.com/quoteattr/quoteattr/speaker"
)

// jsonCharacter is one known character in a -characters file.
type jsonCharacter struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Gender  string   `json:"gender"` // "male", "female" or empty
}

// newAnalyzer builds the Analyzer the flags ask for: a genre ("auto",
// "news" or "fiction"), a JSON file of known characters ("" for none) and
// the comma-separated names of the rules to disable ("" for none).
func newAnalyzer(genre, charactersFile, disable string) (*quoteattr.Analyzer, error) {
	var opts quoteattr.Options
	for name := range strings.SplitSeq(disable, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		var r speaker.Rule
		if err := r.UnmarshalText([]byte(name)); err != nil {
			return nil, fmt.Errorf("-disable: unknown rule %q", name)
		}
		opts.Speaker.Disabled = append(opts.Speaker.Disabled, r)
	}
	switch genre {
	case "auto", "":
	case "news":
		opts.Speaker.Genre = speaker.GenreNews
	case "fiction":
		opts.Speaker.Genre = speaker.GenreFiction
	default:
		return nil, fmt.Errorf("unknown -genre %q (want auto, news or fiction)", genre)
	}
	if charactersFile != "" {
		cs, err := readCharacters(charactersFile)
		if err != nil {
			return nil, err
		}
		opts.Speaker.Characters = cs
	}
	return quoteattr.New(opts)
}

// readCharacters reads a JSON array of known characters.
func readCharacters(path string) ([]speaker.Character, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var in []jsonCharacter
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := make([]speaker.Character, 0, len(in))
	for i, c := range in {
		g := speaker.GenderUnknown
		switch c.Gender {
		case "male", "m":
			g = speaker.Male
		case "female", "f":
			g = speaker.Female
		case "", "unknown":
		default:
			return nil, fmt.Errorf("%s: character %d: unknown gender %q (want male or female)", path, i+1, c.Gender)
		}
		out = append(out, speaker.Character{Name: c.Name, Aliases: c.Aliases, Gender: g})
	}
	return out, nil
}
