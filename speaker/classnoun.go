package speaker

// A name may follow a common noun that says what it names: "the crew of
// the trawler Kittiwake", "a lawyer for the singer Ann Lee". The head
// before "of" still speaks, not the name.

// pastClassNouns returns the token before the determiner that opens one
// or two lower-case words ending at token k ("of" in "of the trawler"
// before a name), or k itself when there are none or no determiner opens
// them; it reads no further left than token lo.
func (d *document) pastClassNouns(k, lo int) int {
	j := k
	for n := 0; n < 2 && j > lo && d.classWord(j); n++ {
		j--
	}
	if j == k || j < lo || d.toks[j].kind != tokWord {
		return k
	}
	switch d.info(j).lower {
	case "the", "a", "an":
		return j - 1
	}
	return k
}

// classWord reports a lower-case word at token k that may class a name:
// no determiner, preposition, conjunction or speech verb.
func (d *document) classWord(k int) bool {
	t := d.toks[k]
	if t.kind != tokWord || t.upper || d.is(k, wDeterminer) || d.cueAt[k] >= 0 {
		return false
	}
	w := d.info(k).lower
	return !objectFollowers[w] && !headLinks[w] && !subordinators[w]
}

// roleBeforeName reports a description m of one person opened by "the"
// and followed at once by name mention n ("said the saxophonist Elias
// Mbeki"): the name is the subject, the description its role.
func (d *document) roleBeforeName(m, n int) bool {
	x := d.mentions[m]
	return x.kind == MentionNominal && x.ekind == Person && !x.plural && d.info(x.tok0).lower == "the" &&
		d.mentions[n].tok0 == x.tok1 && d.mentions[n].ekind != Organization
}
