package quote

// Convention is a set of quotation-mark conventions the detector reads.
// The zero value means DefaultConventions.
type Convention uint32

// The conventions, one bit each.
const (
	// CurlyDouble is “…”, the English typographic double quote.
	CurlyDouble Convention = 1 << iota
	// CurlySingle is ‘…’; ’ between letters stays an apostrophe.
	CurlySingle
	// StraightDouble is "…", paired by context.
	StraightDouble
	// StraightSingle is '…', paired by context; apostrophes are told apart.
	StraightSingle
	// Backtick is the PTB and LaTeX ``…'' and `…'.
	Backtick
	// LowNine is „…“ and ‚…‘ (German, Czech) and „…” (Polish, Hungarian).
	LowNine
	// Guillemets is «…» with or without inner spaces, and ‹…›.
	Guillemets
	// ReversedGuillemets is »…« and ›…‹ (German, Danish).
	ReversedGuillemets
	// RightDouble is ”…” (Swedish, Finnish), where one mark opens and closes.
	RightDouble
	// CJK is 「…」 and 『…』.
	CJK
	// DashDialogue reads a paragraph that opens with an em dash as a line
	// of dialogue (— Come here, he said.). It is not in the default set.
	DashDialogue
)

// DefaultConventions is every convention except DashDialogue.
const DefaultConventions = CurlyDouble | CurlySingle | StraightDouble | StraightSingle |
	Backtick | LowNine | Guillemets | ReversedGuillemets | RightDouble | CJK

// Has reports whether every convention of o is in c.
func (c Convention) Has(o Convention) bool { return c&o == o }

// Options configures a Detector. The zero value reads the default
// conventions.
type Options struct {
	// Conventions lists the quotation-mark conventions to read; zero means
	// DefaultConventions.
	Conventions Convention
}
