package segment

// Rule names the rule that decided whether a sentence ends at a
// terminator, or that cut a sentence without one. The zero Rule is
// RuleUnknown.
type Rule uint8

// The rules, in the order the segmenter tries them.
const (
	RuleUnknown         Rule = iota
	RuleParagraphEnd         // the paragraph ends: so does its last sentence
	RuleNoSpace              // no space follows: "3.14", "U.S.A", "Jr.'s", "Yahoo!Mail"
	RuleBracketEllipsis      // an omission "[...]" inside a quotation
	RuleListMarker           // the period of a list marker: "1. The first item"
	RuleListItem             // a later list item starts: "1. Eggs 2. Milk"
	RuleLowerNext            // a lower-case word follows: "Yahoo! in", "“Why?” asked Kerry"
	RuleDigitNext            // a number follows a period: "No. 5", "N°. 1026"
	RuleCue                  // a quotation ends and its attribution follows: "“Why?” Kerry asked"
	RuleEllipsisPause        // a spaced three-dot ellipsis ". . ." or one before "I"
	RuleEllipsisLead         // "word. . . . Next": the period ends, the ellipsis opens the next
	RuleEllipsisEnd          // a four-dot ellipsis, or "..." or "…" before a capital
	RuleExclamation          // "!" or "?" before a capital
	RuleTitle                // a title before a name: "Mr. Smith", "St. Michael's"
	RuleNumberAbbrev         // an abbreviation before a number: "vol. II"
	RuleAbbrevEnd            // an abbreviation, then a word that opens sentences: "Co. It"
	RuleAbbrev               // an abbreviation, then a name: "U.S. Government"
	RuleInitialEnd           // an initial or a letter, then a word that opens sentences
	RuleInitial              // an initial: "John F. Kerry", "J. R. R. Tolkien"
	RuleSentenceEnd          // a period after an ordinary word, then a capital
)

var ruleNames = [...]string{
	RuleUnknown:         "unknown",
	RuleParagraphEnd:    "paragraph-end",
	RuleNoSpace:         "no-space",
	RuleBracketEllipsis: "bracket-ellipsis",
	RuleListMarker:      "list-marker",
	RuleListItem:        "list-item",
	RuleLowerNext:       "lower-next",
	RuleDigitNext:       "digit-next",
	RuleCue:             "cue",
	RuleEllipsisPause:   "ellipsis-pause",
	RuleEllipsisLead:    "ellipsis-lead",
	RuleEllipsisEnd:     "ellipsis-end",
	RuleExclamation:     "exclamation",
	RuleTitle:           "title",
	RuleNumberAbbrev:    "number-abbrev",
	RuleAbbrevEnd:       "abbrev-end",
	RuleAbbrev:          "abbrev",
	RuleInitialEnd:      "initial-end",
	RuleInitial:         "initial",
	RuleSentenceEnd:     "sentence-end",
}

// String returns the rule's name in lower-case kebab form, as in
// "sentence-end".
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "unknown"
}

// MarshalText returns the rule's name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }
