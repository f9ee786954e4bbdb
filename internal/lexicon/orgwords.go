package lexicon

import "fmt"

// OrgWordKind says how a capitalised word marks an organisation inside a
// run of proper-name words.
type OrgWordKind uint8

// The organisation word kinds. The zero OrgWordKind is unknown.
const (
	OrgWordUnknown OrgWordKind = iota
	// OrgHead is a noun that heads an organisation's name: "Department",
	// "Ministry", "Party", "University", "Foundation", "Bank".
	OrgHead
	// OrgBody is a legislature, armed force or other public body named by
	// the word alone: "Senate", "Congress", "Parliament", "Army", "Police".
	OrgBody
	// OrgMedia is a word that names a newspaper, agency or broadcaster:
	// "News", "Times", "Post", "Journal", "Broadcasting", "Radio".
	OrgMedia
	// OrgSuffix is a legal form written after a company's name: "Inc",
	// "Corp", "Co", "LLC", "Ltd", "PLC", "GmbH".
	OrgSuffix
	// OrgModifier is a word common inside organisation names but not a
	// head: "Federal", "National", "International", "United", "Royal".
	OrgModifier
)

var orgWordKindNames = [...]string{"unknown", "head", "body", "media", "suffix", "modifier"}

// String returns the kind's name as written in orgwords.txt.
func (k OrgWordKind) String() string {
	if int(k) < len(orgWordKindNames) {
		return orgWordKindNames[k]
	}
	return "unknown"
}

// OrgWords maps lower-case words that mark an organisation in a proper
// name ("department", "inc", "times", "senate") to their kind.
var OrgWords = mapOnce("orgwords.txt", parseOrgWord)

// LookupOrgWord finds an organisation word whatever its case, without a
// final period ("Inc", "Corp"), and reports whether it is one.
func LookupOrgWord(word string) (OrgWordKind, bool) {
	return lookupFold(OrgWords(), word)
}

// parseOrgWord reads "word<TAB>kind".
func parseOrgWord(f []string) (OrgWordKind, error) {
	if err := fieldCount(f, 2, 2); err != nil {
		return OrgWordUnknown, err
	}
	k := OrgWordKind(indexOf(orgWordKindNames[1:], f[1]) + 1)
	if k == OrgWordUnknown {
		return OrgWordUnknown, fmt.Errorf("entry %q: unknown kind %q", f[0], f[1])
	}
	return k, nil
}
