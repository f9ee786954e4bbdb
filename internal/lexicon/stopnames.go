package lexicon

// StopNames is the set of lower-case words that are capitalised at the
// start of a sentence or heading, or as exclamations and vocatives, but
// are never part of a person's name: articles, conjunctions, prepositions,
// pronouns, sentence adverbs, auxiliaries and interjections ("the",
// "however", "meanwhile", "oh", "alas", "yes"). Words that are also given
// names or surnames ("Will", "Grant", "Hope") are not in it.
var StopNames = setOnce("stopnames.txt")

// IsStopName reports whether word, whatever its case, is never part of a
// name.
func IsStopName(word string) bool {
	_, ok := lookupFold(StopNames(), word)
	return ok
}

// parseStopName checks that a line holds only the word.
func parseStopName(f []string) (struct{}, error) {
	return struct{}{}, fieldCount(f, 1, 1)
}
