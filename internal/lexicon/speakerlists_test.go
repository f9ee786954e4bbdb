package lexicon

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// speakerLists names every list the speaker stage reads, with the parser
// that validates one entry and the fewest entries the list must hold.
var speakerLists = []struct {
	file  string
	parse func([]string) error
	min   int
}{
	{"firstnames.txt", func(f []string) error { _, err := parseFirstName(f); return err }, 2500},
	{"titles.txt", func(f []string) error { _, err := parseTitle(f); return err }, 300},
	{"demonyms.txt", func(f []string) error { _, err := parsePlace(f); return err }, 600},
	{"calendar.txt", func(f []string) error { _, err := parseCalendar(f); return err }, 150},
	{"nominals.txt", func(f []string) error { _, err := parseNominal(f); return err }, 650},
	{"orgwords.txt", func(f []string) error { _, err := parseOrgWord(f); return err }, 120},
	{"pronouns.txt", func(f []string) error { _, err := parsePronoun(f); return err }, 35},
	{"stopnames.txt", func(f []string) error { _, err := parseStopName(f); return err }, 250},
}

// TestSpeakerListsWellFormed checks every entry of every list: its fields
// parse, its key is made of letters, spaces, hyphens, apostrophes and
// inner periods, and no key appears twice once lower-cased.
func TestSpeakerListsWellFormed(t *testing.T) {
	for _, l := range speakerLists {
		t.Run(l.file, func(t *testing.T) {
			seen := map[string]bool{}
			es := entries(l.file)
			for _, f := range es {
				if err := l.parse(f); err != nil {
					t.Errorf("%s: %v", l.file, err)
				}
				if err := checkKey(f[0]); err != nil {
					t.Errorf("%s: %v", l.file, err)
				}
				k := normKey(f[0])
				if seen[k] {
					t.Errorf("%s: duplicate entry %q", l.file, f[0])
				}
				seen[k] = true
			}
			if len(es) < l.min {
				t.Errorf("%s: %d entries, want at least %d", l.file, len(es), l.min)
			}
		})
	}
}

// checkKey reports a key that a lookup could never match: stray spaces,
// a final period, a typographic apostrophe, or other punctuation.
func checkKey(k string) error {
	switch {
	case k == "":
		return fmt.Errorf("empty key")
	case k != strings.Join(strings.Fields(k), " "):
		return fmt.Errorf("key %q: stray spaces", k)
	case strings.HasSuffix(k, "."):
		return fmt.Errorf("key %q: final period", k)
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" -'.", r) {
			return fmt.Errorf("key %q: character %q", k, r)
		}
	}
	return nil
}

// TestSpeakerListsSorted checks that entries are sorted, case-insensitively,
// within each section (a run of entry lines between comments or blanks), so
// that a reader can find an entry and a writer can see a duplicate.
func TestSpeakerListsSorted(t *testing.T) {
	for _, l := range speakerLists {
		data, err := files.ReadFile("data/" + l.file)
		if err != nil {
			t.Fatal(err)
		}
		prev := ""
		for i, line := range strings.Split(string(data), "\n") {
			key, _, _ := strings.Cut(line, "\t")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				prev = ""
				continue
			}
			k := normKey(strings.TrimSpace(key))
			if k < prev {
				t.Errorf("%s:%d: %q sorts before %q", l.file, i+1, k, prev)
			}
			prev = k
		}
	}
}

// TestStopNamesAreNotNames checks that no word is both a stop word and a
// given name: a stop word drops a capitalised word from a name.
func TestStopNamesAreNotNames(t *testing.T) {
	names := FirstNames()
	for w := range StopNames() {
		if _, ok := names[w]; ok {
			t.Errorf("%q is both in stopnames.txt and firstnames.txt", w)
		}
	}
}

// TestCalendarNamesAgree checks that the calendar words flagged as given
// names are exactly the calendar words in firstnames.txt.
func TestCalendarNamesAgree(t *testing.T) {
	names := FirstNames()
	for w, c := range Calendar() {
		_, isName := names[w]
		if isName != c.GivenName {
			t.Errorf("%q: flagged as a name %v, in firstnames.txt %v", w, c.GivenName, isName)
		}
	}
}

// TestNominalClassCounts checks that each nominal class is well stocked.
func TestNominalClassCounts(t *testing.T) {
	want := map[NominalClass]int{NominalPerson: 400, NominalGroup: 150, NominalOrg: 100}
	got := map[NominalClass]int{}
	for _, n := range Nominals() {
		for c := range want {
			if n.Class.Has(c) {
				got[c]++
			}
		}
	}
	for c, min := range want {
		if got[c] < min {
			t.Errorf("%v: %d nominals, want at least %d", c, got[c], min)
		}
	}
}

func TestFirstNameGender(t *testing.T) {
	tests := []struct {
		name   string
		want   Gender
		ok     bool
		reason string
	}{
		{"Elizabeth", Female, true, "literary-era female name"},
		{"Edmund", Male, true, "literary-era male name"},
		{"Fanny", Female, true, "old name and diminutive"},
		{"Horatio", Male, true, "old male name"},
		{"Bill", Male, true, "diminutive of William"},
		{"Liz", Female, true, "diminutive of Elizabeth"},
		{"Ned", Male, true, "diminutive of Edward"},
		{"Meg", Female, true, "diminutive of Margaret"},
		{"leslie", Unisex, true, "used for both sexes; lower case"},
		{"JORDAN", Unisex, true, "upper case"},
		{"Sergei", Male, true, "Russian"},
		{"Mohammed", Male, true, "Arabic"},
		{"Priyanka", Female, true, "Indian"},
		{"José", Male, true, "Spanish with accent"},
		{"Jose", Male, true, "Spanish without accent"},
		{"François", Male, true, "French with cedilla"},
		{"Ngozi", Female, true, "Nigerian"},
		{"Shinzo", Male, true, "Japanese"},
		{"Andrea", Unisex, true, "female in English, male in Italian"},
		{"Smith", GenderUnknown, false, "a surname"},
		{"The", GenderUnknown, false, "a function word"},
		{"", GenderUnknown, false, "empty"},
	}
	for _, tt := range tests {
		g, ok := FirstNameGender(tt.name)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{g, ok}); diff != "" {
			t.Errorf("FirstNameGender(%q) (%s) mismatch (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestLookupTitle(t *testing.T) {
	tests := []struct {
		word   string
		want   Title
		ok     bool
		reason string
	}{
		{"Mr", Title{Male, TitleHonorific}, true, "honorific"},
		{"mrs", Title{Female, TitleHonorific}, true, "lower case"},
		{"Sen", Title{GenderUnknown, TitleRole}, true, "abbreviation without period"},
		{"Secretary-General", Title{GenderUnknown, TitleRole}, true, "hyphenated role"},
		{"Foreign", Title{GenderUnknown, TitleModifier}, true, "portfolio modifier"},
		{"former", Title{GenderUnknown, TitleModifier}, true, "tenure modifier"},
		{"of", Title{GenderUnknown, TitleModifier}, true, "Secretary of State"},
		{"Chief", Title{GenderUnknown, TitleRole | TitleModifier}, true, "both role and modifier"},
		{"Queen", Title{Female, TitleRole}, true, "gendered role"},
		{"Chairwoman", Title{Female, TitleRole}, true, "gendered role"},
		{"prime minister", Title{GenderUnknown, TitleRole}, true, "phrase"},
		{"First Lady", Title{Female, TitleRole}, true, "phrase with gender"},
		{"Jr", Title{Male, TitleSuffix}, true, "post-nominal"},
		{"Russian", Title{}, false, "demonyms are places"},
		{"Kerry", Title{}, false, "a name"},
	}
	for _, tt := range tests {
		got, ok := LookupTitle(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupTitle(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		word   string
		want   PlaceKind
		ok     bool
		reason string
	}{
		{"Syrian", PlaceDemonym, true, "demonym"},
		{"Syrians", PlaceDemonym, true, "plural demonym"},
		{"ISRAELIS", PlaceDemonym, true, "upper-case plural demonym"},
		{"Syria", PlaceCountry, true, "country"},
		{"Jordan", PlaceCountry, true, "country that is also a name"},
		{"Georgia", PlaceCountry | PlaceState, true, "country and US state"},
		{"Texas", PlaceState, true, "US state ending in s"},
		{"Texa", 0, false, "not a stem of Texas"},
		{"Middle East", PlaceRegion, true, "region phrase"},
		{"Midwest", PlaceRegion, true, "US region"},
		{"Paris", PlaceCity, true, "city ending in s"},
		{"Swiss", PlaceDemonym, true, "demonym ending in s"},
		{"U.S", PlaceCountry, true, "abbreviation with inner period"},
		{"Calif", PlaceState, true, "AP state abbreviation"},
		{"Smiths", 0, false, "not a place"},
	}
	for _, tt := range tests {
		got, ok := LookupPlace(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupPlace(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestLookupCalendar(t *testing.T) {
	tests := []struct {
		word   string
		want   CalendarWord
		ok     bool
		reason string
	}{
		{"Monday", CalendarWord{Kind: CalendarDay}, true, "day"},
		{"Jan", CalendarWord{Kind: CalendarMonth, GivenName: true}, true, "month abbreviation and name"},
		{"Sept", CalendarWord{Kind: CalendarMonth}, true, "month abbreviation"},
		{"May", CalendarWord{Kind: CalendarMonth, GivenName: true, Common: true}, true, "month, name and modal verb"},
		{"Christmas", CalendarWord{Kind: CalendarHoliday}, true, "holiday"},
		{"ramadan", CalendarWord{Kind: CalendarHoliday}, true, "lower case"},
		{"New Year’s Eve", CalendarWord{Kind: CalendarHoliday}, true, "typographic apostrophe"},
		{"GMT", CalendarWord{Kind: CalendarZone}, true, "time zone"},
		{"BC", CalendarWord{Kind: CalendarEra}, true, "era"},
		{"Tom", CalendarWord{}, false, "a name"},
	}
	for _, tt := range tests {
		got, ok := LookupCalendar(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupCalendar(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestLookupNominal(t *testing.T) {
	tests := []struct {
		word   string
		want   Nominal
		ok     bool
		reason string
	}{
		{"official", Nominal{NominalPerson, GenderUnknown}, true, "news speaker noun"},
		{"spokeswoman", Nominal{NominalPerson, Female}, true, "gendered"},
		{"ferryman", Nominal{NominalPerson, Male}, true, "fiction speaker noun"},
		{"mother", Nominal{NominalPerson, Female}, true, "kinship"},
		{"officials", Nominal{NominalGroup, GenderUnknown}, true, "plural"},
		{"Democrats", Nominal{NominalGroup, GenderUnknown}, true, "capitalised party plural"},
		{"police", Nominal{NominalGroup | NominalOrg, GenderUnknown}, true, "group and organisation"},
		{"ministry", Nominal{NominalOrg, GenderUnknown}, true, "organisation"},
		{"think tank", Nominal{NominalOrg, GenderUnknown}, true, "phrase"},
		{"table", Nominal{}, false, "not a speaker"},
	}
	for _, tt := range tests {
		got, ok := LookupNominal(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupNominal(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestLookupOrgWord(t *testing.T) {
	tests := []struct {
		word   string
		want   OrgWordKind
		ok     bool
		reason string
	}{
		{"Department", OrgHead, true, "head"},
		{"Senate", OrgBody, true, "body"},
		{"Times", OrgMedia, true, "newspaper word"},
		{"Inc", OrgSuffix, true, "legal suffix"},
		{"llc", OrgSuffix, true, "lower case"},
		{"National", OrgModifier, true, "modifier"},
		{"Smith", OrgWordUnknown, false, "a surname"},
	}
	for _, tt := range tests {
		got, ok := LookupOrgWord(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupOrgWord(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestLookupPronoun(t *testing.T) {
	tests := []struct {
		word   string
		want   Pronoun
		ok     bool
		reason string
	}{
		{"I", Pronoun{1, Singular, GenderUnknown, CaseSubject}, true, "upper-case subject"},
		{"he", Pronoun{3, Singular, Male, CaseSubject}, true, "masculine subject"},
		{"her", Pronoun{3, Singular, Female, CaseObject | CaseDeterminer}, true, "object and determiner"},
		{"his", Pronoun{3, Singular, Male, CaseDeterminer | CasePossessive}, true, "determiner and possessive"},
		{"themselves", Pronoun{3, Plural, GenderUnknown, CaseReflexive}, true, "reflexive"},
		{"you", Pronoun{2, NumberUnknown, GenderUnknown, CaseSubject | CaseObject}, true, "number unmarked"},
		{"it", Pronoun{3, Singular, Neuter, CaseSubject | CaseObject}, true, "neuter"},
		{"thou", Pronoun{2, Singular, GenderUnknown, CaseSubject}, true, "archaic"},
		{"the", Pronoun{}, false, "article"},
	}
	for _, tt := range tests {
		got, ok := LookupPronoun(tt.word)
		if diff := cmp.Diff([]any{tt.want, tt.ok}, []any{got, ok}); diff != "" {
			t.Errorf("LookupPronoun(%q) (%s) mismatch (-want +got):\n%s", tt.word, tt.reason, diff)
		}
	}
}

func TestIsStopName(t *testing.T) {
	tests := []struct {
		word   string
		want   bool
		reason string
	}{
		{"The", true, "article"},
		{"However", true, "connective"},
		{"Meanwhile", true, "connective"},
		{"Oh", true, "interjection"},
		{"Alas", true, "interjection"},
		{"Don’t", true, "contraction with typographic apostrophe"},
		{"YES", true, "upper case"},
		{"Will", false, "also a given name"},
		{"Grant", false, "also a given name"},
		{"God", false, "may be a speaker"},
	}
	for _, tt := range tests {
		if got := IsStopName(tt.word); got != tt.want {
			t.Errorf("IsStopName(%q) (%s) = %v, want %v", tt.word, tt.reason, got, tt.want)
		}
	}
}

// TestLookupFoldAgrees checks the allocation-free path against normKey.
func TestLookupFoldAgrees(t *testing.T) {
	m := map[string]int{"o'brien": 1, "josé": 2, "new york": 3}
	tests := []struct {
		in   string
		want int
	}{
		{"O'Brien", 1},
		{"O’Brien", 1},
		{"JOSÉ", 2},
		{"New York", 3},
		{"NewYork", 0},
	}
	for _, tt := range tests {
		if got, _ := lookupFold(m, tt.in); got != tt.want {
			t.Errorf("lookupFold(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestLookupAllocs(t *testing.T) {
	FirstNames()
	allocs := testing.AllocsPerRun(100, func() {
		FirstNameGender("Elizabeth")
		LookupTitle("Secretary")
		LookupPlace("Syrians")
	})
	if allocs != 0 {
		t.Errorf("lookups of ASCII words allocate %v times, want 0", allocs)
	}
}

func TestFlagStrings(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{(TitleRole | TitleModifier).String(), "role,modifier"},
		{(PlaceCountry | PlaceCity).String(), "country,city"},
		{(NominalGroup | NominalOrg).String(), "group,org"},
		{(CaseObject | CaseDeterminer).String(), "obj,det"},
		{Female.String(), "female"},
		{Gender(99).String(), "unknown"},
		{CalendarHoliday.String(), "holiday"},
		{OrgMedia.String(), "media"},
		{Plural.String(), "plural"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
}

func FuzzLookupFold(f *testing.F) {
	for _, s := range []string{"Elizabeth", "O’Brien", "JOSÉ", "new york", "\xff", ""} {
		f.Add(s)
	}
	m := FirstNames()
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := lookupFold(m, s)
		want, wantOK := m[normKey(s)]
		if got != want || ok != wantOK {
			t.Errorf("lookupFold(%q) = %v, %v; map[normKey] = %v, %v", s, got, ok, want, wantOK)
		}
	})
}

func BenchmarkFirstNameGender(b *testing.B) {
	words := []string{"Elizabeth", "Smith", "JORDAN", "said", "José"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	FirstNames()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			FirstNameGender(w)
		}
	}
}
