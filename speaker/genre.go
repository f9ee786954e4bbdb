package speaker

// Genre selects the conventions the attributor assumes.
type Genre uint8

// The genres. The zero Genre lets the attributor decide from the text.
const (
	// GenreAuto decides from the text: fiction when its dialogue runs over
	// consecutive paragraphs of speech, news otherwise.
	GenreAuto Genre = iota
	// GenreNews: a paragraph that is only a quotation continues the
	// previous speaker.
	GenreNews
	// GenreFiction: paragraphs of speech take turns between the
	// participants of a conversation.
	GenreFiction
)

var genreNames = [...]string{"auto", "news", "fiction"}

// String returns the genre's name.
func (g Genre) String() string {
	if int(g) < len(genreNames) {
		return genreNames[g]
	}
	return "auto"
}

// MarshalText encodes the genre as its name.
func (g Genre) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// detectGenre tells fiction from news by its dialogue: fiction has runs of
// consecutive paragraphs that hold nothing but speech, which news, where a
// quotation-only paragraph continues the speaker before, rarely has.
func (d *document) detectGenre() Genre {
	runs, quoteParas := 0, 0
	prevOnly := false
	for p := range d.paras {
		only := d.quoteOnly(p)
		if only {
			quoteParas++
			if prevOnly {
				runs++
			}
		}
		prevOnly = only
	}
	if runs >= 2 && runs*4 >= quoteParas {
		return GenreFiction
	}
	return GenreNews
}
