package quote

// notPossessed lists words that cannot begin what a plural possessive
// owns: verbs of being and having, auxiliaries, prepositions,
// conjunctions and a few adverbs. After one of them a mark ending a plural
// closes a quotation (the 'experts' were wrong; read 'Great
// Expectations' twice) instead of marking the possessive (the boys'
// room).
var notPossessed = newFoldList("is", "are", "was", "were", "be", "been", "has", "have", "had",
	"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
	"and", "or", "but", "nor", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into",
	"as", "than", "that", "which", "who", "whom", "when", "where", "while", "if", "because",
	"so", "then", "again", "twice", "once", "instead", "though", "although", "about")

// possessedFollows reports a word that may begin what a plural possessive
// owns: a noun or an adjective, no word of notPossessed.
func possessedFollows(w string) bool { return !notPossessed.has(w) }
