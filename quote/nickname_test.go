package quote_test

import "testing"

func TestNameGivenToObject(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "nicknamed and an object",
		text:   "Commuters have nicknamed the new footbridge “the Wobbler” since it opened.",
		want:   []found{tm("“the Wobbler”")},
		reason: "the words after a name-giving verb and its object are the name, a term",
	}, {
		name:   "christened a boat",
		text:   "The twins christened their dinghy 'Sea Biscuit' and sailed it every weekend.",
		want:   []found{tm("'Sea Biscuit'")},
		reason: "christened gives a name just as nicknamed does",
	}, {
		name:   "called is words used",
		text:   "The coach called his own players “lazy and slow” after the defeat.",
		want:   []found{p("“lazy and slow”")},
		reason: "called with an object reports someone's words, a partial quote",
	}})
}
