package quote_test

import "testing"

func TestPerformedTitles(t *testing.T) {
	runConventionCases(t, []conventionCase{{
		name:   "a song after sang",
		text:   "At the wake old Fergus sang “Black Water Bay” till the candles guttered.",
		want:   []found{tm("“Black Water Bay”")},
		reason: "a title-case name right after a verb of performing is the song's title, not speech",
	}, {
		name:   "a tune after played",
		text:   "The quartet played \"Morning Mist\" while the guests found their seats.",
		want:   []found{tm(`"Morning Mist"`)},
		reason: "played takes a piece as its object",
	}, {
		name:   "sung words after a comma",
		text:   "She sang, “Hush now, little one,” and rocked the cradle.",
		want:   []found{d("“Hush now, little one,”")},
		reason: "a comma after the verb introduces the words sung, which are speech",
	}, {
		name:   "a sung sound that breaks off",
		text:   "Over and over the little girl sang \"La,\" and then stopped, pleased with herself.",
		want:   []found{d(`"La,"`)},
		reason: "a quotation ending as speech breaks off is the sound itself, not a title",
	}})
}
