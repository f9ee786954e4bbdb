package speaker

import (
	"fmt"
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// Character is a person the caller knows to appear in a text, such as the
// cast of a novel. Known characters seed the attributor's list of
// speakers: a mention that matches one of a character's names refers to
// that character, whose Name is reported as given.
type Character struct {
	// Name is the name to report ("Clara Whitby").
	Name string
	// Aliases are the other names the text uses ("Lizzy", "Miss
	// Elizabeth", "Eliza"). Titles count: "Mrs. Whitby" and "Mr. Whitby"
	// stay apart.
	Aliases []string
	// Gender, when known, helps resolve pronouns.
	Gender Gender
}

// alias is one parsed name of a known character.
type alias struct {
	keys  []string
	honor string
}

// knownCharacter is a character parsed once when the Attributor is built.
type knownCharacter struct {
	Character
	aliases []alias
	keys    []string // every name word of every alias
}

// parseCharacters checks and parses the caller's character list.
func parseCharacters(cs []Character) ([]knownCharacter, error) {
	out := make([]knownCharacter, 0, len(cs))
	for i, c := range cs {
		k := knownCharacter{Character: c}
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			a := parseAlias(name)
			if len(a.keys) == 0 {
				continue
			}
			k.aliases = append(k.aliases, a)
			for _, w := range a.keys {
				if !containsString(k.keys, w) {
					k.keys = append(k.keys, w)
				}
			}
		}
		if strings.TrimSpace(c.Name) == "" || len(k.aliases) == 0 {
			return nil, fmt.Errorf("speaker: character %d (%q) has no usable name", i, c.Name)
		}
		out = append(out, k)
	}
	return out, nil
}

// parseAlias splits a name into its honorific and its name words.
func parseAlias(name string) alias {
	var a alias
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if t, ok := lexicon.LookupTitle(lw); ok {
			if t.Class.Has(lexicon.TitleHonorific) && a.honor == "" {
				a.honor = lw
			}
			continue
		}
		a.keys = append(a.keys, nameKeys(w)...)
	}
	return a
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// seedCharacters adds the known characters as the document's first
// entities.
func (d *document) seedCharacters(cs []knownCharacter) {
	for i := range cs {
		c := &cs[i]
		x := entity{name: c.Name, size: len(c.aliases[0].keys), kind: Person, gender: c.Gender,
			keys: c.keys, proper: true, sure: c.Gender != GenderUnknown, known: c}
		for _, a := range c.aliases {
			if a.honor != "" && !containsString(x.honors, a.honor) {
				x.honors = append(x.honors, a.honor)
			}
		}
		d.addEntity(x)
	}
	d.known = len(cs)
}

// knownMatch returns the known character a name mention denotes, or -1:
// an alias with the same words and a compatible title beats one that only
// holds the words; among equals the character mentioned last wins.
func (d *document) knownMatch(m mention, keys []string) int {
	best, bestScore := -1, 0
	for e := 0; e < d.known; e++ {
		score := d.entities[e].known.matchScore(m.honor, keys)
		if score > bestScore || score == bestScore && score > 0 && d.lastMention(e) > d.lastMention(best) {
			best, bestScore = e, score
		}
	}
	return best
}

// matchScore grades how well a name (honorific and words) fits one of the
// character's aliases: 3 for the same words, 1 for a part of them, 0 for
// none or a clashing title.
func (c *knownCharacter) matchScore(honor string, keys []string) int {
	score := 0
	for _, a := range c.aliases {
		if honor != "" && a.honor != "" && honor != a.honor {
			continue
		}
		switch {
		case len(keys) == len(a.keys) && subset(keys, a.keys):
			return 3
		case subset(keys, a.keys):
			score = 1
		}
	}
	return score
}

// lastMention returns the index of the last mention of entity e, or -1.
func (d *document) lastMention(e int) int {
	if e < 0 || len(d.entities[e].mentions) == 0 {
		return -1
	}
	return d.entities[e].mentions[len(d.entities[e].mentions)-1]
}
