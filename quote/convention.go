package quote

import (
	"fmt"
	"slices"
	"strings"
)

// Convention is a set of quotation-mark conventions the detector reads.
// The zero value means DefaultConventions.
type Convention uint32

// The conventions, one bit each.
const (
	// CurlyDouble is “…”, the English typographic double quote.
	CurlyDouble Convention = 1 << iota
	// CurlySingle is ‘…’; ’ inside or at the edge of a word stays an
	// apostrophe (don’t, ’90s, the Joneses’ car).
	CurlySingle
	// StraightDouble is "…", paired by context.
	StraightDouble
	// StraightSingle is '…', paired by context; apostrophes are told
	// apart ('tis, rock 'n' roll, goin').
	StraightSingle
	// Backtick is the PTB and LaTeX ``…'' and `…'.
	Backtick
	// LowNine is „…“ and ‚…‘ (German, Czech) and „…” (Polish, Hungarian,
	// Romanian).
	LowNine
	// Guillemets is «…» with or without inner spaces, and ‹…›.
	Guillemets
	// ReversedGuillemets is »…« and ›…‹ (German, Danish), and »…» (Swedish,
	// Finnish).
	ReversedGuillemets
	// RightDouble is ”…” (Swedish, Finnish), where one mark opens and
	// closes.
	RightDouble
	// CJK is 「…」 and 『…』.
	CJK
	// DashDialogue reads a paragraph that opens with a dash as a line of
	// dialogue (— Come here, he said.). It is not in the default set.
	DashDialogue
	// DoubledApostrophe is ''…'', the double mark typed as two
	// apostrophes, as some newspaper archives print it; paired like "…".
	// It is not in the default set: two apostrophes are also a closing
	// single mark after a possessive (the Joneses'') and the seconds sign
	// (5' 10''), and corpora converted from such archives often carry no
	// annotation for these marks. Texts from those archives should add it.
	DoubledApostrophe
)

// DefaultConventions is every convention except DashDialogue and
// DoubledApostrophe.
const DefaultConventions = CurlyDouble | CurlySingle | StraightDouble | StraightSingle |
	Backtick | LowNine | Guillemets | ReversedGuillemets | RightDouble | CJK

var conventionNames = [...]string{
	"curly-double", "curly-single", "straight-double", "straight-single", "backtick",
	"low-nine", "guillemets", "reversed-guillemets", "right-double", "cjk", "dash-dialogue",
	"doubled-apostrophe",
}

// Has reports whether every convention of o is in c.
func (c Convention) Has(o Convention) bool { return c&o == o }

// String names the conventions of c, joined by "|" ("curly-double",
// "curly-double|low-nine"); the zero Convention is "none".
func (c Convention) String() string {
	var names []string
	for i, n := range conventionNames {
		if c&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "|")
}

// MarshalText encodes the conventions as String does.
func (c Convention) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes conventions written as String writes them;
// unknown names are an error that names them.
func (c *Convention) UnmarshalText(b []byte) error {
	*c = 0
	if string(b) == "none" || len(b) == 0 {
		return nil
	}
	for _, name := range strings.Split(string(b), "|") {
		i := slices.Index(conventionNames[:], name)
		if i < 0 {
			return fmt.Errorf("quote: unknown convention %q", name)
		}
		*c |= 1 << i
	}
	return nil
}

// Options configures a Detector. The zero value reads the default
// conventions.
type Options struct {
	// Conventions lists the quotation-mark conventions to read; zero means
	// DefaultConventions.
	Conventions Convention
}
