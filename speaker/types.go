package speaker

import (
	"fmt"

	"github.com/quoteattr/quoteattr/internal/span"
	"github.com/quoteattr/quoteattr/quote"
)

// Span is a half-open interval [Start, End) of UTF-8 byte offsets into the
// analysed text.
type Span = span.Span

// Rule names the matcher (sieve) that attributed a quotation, or a step
// of the chain that revises what the matchers found. [Options].Disabled
// turns matchers and steps off by their Rule (action beats are found by
// the conversation matcher and go with it).
type Rule uint8

// The rules, roughly in the order the attributor tries them. The zero
// Rule means no rule fired and the quotation has no speaker. The
// matchers, from RuleCueAdjacent to RuleConversation, attribute
// quotations still open. The fiction steps after them, from RuleReplyCall
// on, run only on fiction, in exactly that order, once every matcher has
// run: they give lines still open a speaker or give a line to someone
// else. An attribution reports the rule that last set its speaker, with
// that rule's confidence: the step's own when a step set it, the
// matcher's otherwise. A step that names a speaker without moving any
// line to another entity leaves the matcher's rule: narrator-name merges
// the narrator into the character the others call by name, so the lines
// of the one who says "I" stay with that person and keep the rule that
// found them. described-name, by contrast, gives a description's lines
// to a named person without merging the two (the description may be
// someone else elsewhere), so a line it moves reports it.
const (
	RuleNone Rule = iota
	// RuleCueAdjacent: a speech verb next to the quotation names its
	// speaker ("Q," X said / said X / X said: "Q" / "Q?" X asked).
	RuleCueAdjacent
	// RuleCueSentence: the subject of a speech verb elsewhere in the same
	// sentence (X said that … "Q").
	RuleCueSentence
	// RuleAccordingTo: "according to X".
	RuleAccordingTo
	// RuleColon: a name or clause ending in a colon before the quotation
	// (X: "Q" / He put it this way: "Q").
	RuleColon
	// RuleDash: a dash attribution after the quotation ("Q" — X).
	RuleDash
	// RuleSplitQuote: the second part of a quotation split by its cue
	// ("A," X said. "B.").
	RuleSplitQuote
	// RuleActionBeat: a character acting in the same paragraph without a
	// speech verb (X smiled. "Q").
	RuleActionBeat
	// RuleParagraphSpeaker: the only candidate speaker in the paragraph's
	// narration.
	RuleParagraphSpeaker
	// RuleContinuation: a paragraph that is only a quotation continues the
	// speaker of the quotation before it (news).
	RuleContinuation
	// RuleConversation: turn-taking between the two participants of a
	// dialogue (fiction).
	RuleConversation
	// RuleReplyCall: a line tagged only by a pronoun or a description
	// ("she said", "said the maid") goes to the person the reply opening
	// the next paragraph calls by name, with the rest of its paragraph
	// that went to the same person.
	RuleReplyCall
	// RuleTeller: a story told over many paragraphs, each reopening with
	// a double mark, goes on with its teller where no matcher attributed
	// a paragraph.
	RuleTeller
	// RuleAddressedBack: a turn-taking or action-beat guess gives way to
	// the person the reply opening the next paragraph calls by name.
	RuleAddressedBack
	// RuleOpenReplyCall: a paragraph of lines no rule attributed goes to
	// the person the reply opening the next paragraph calls by name.
	RuleOpenReplyCall
	// RuleDescribedName: lines spoken by a description ("said the young
	// lady") go to the name the text learns for that person during the
	// same appearance.
	RuleDescribedName
	// RuleVoice: the lines of a disembodied voice ("said a voice",
	// "somebody shouted") go to the person the exchange reveals.
	RuleVoice
	// RuleNarratorName: the first-person narrator takes the name the
	// other characters call them by. Its lines keep the rule of the
	// matcher that found them: the speaker is still the one who says
	// "I", now named, so no attribution reports this rule.
	RuleNarratorName
)

var ruleNames = [...]string{
	"none", "cue-adjacent", "cue-sentence", "according-to", "colon", "dash",
	"split-quote", "action-beat", "paragraph-speaker", "continuation", "conversation",
	"reply-call", "teller", "addressed-back", "open-reply-call", "described-name",
	"voice", "narrator-name",
}

// String returns the rule's name as used in JSON, such as "cue-adjacent".
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "none"
}

// MarshalText encodes the rule as its name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a rule from its name, such as "cue-adjacent" or
// "reply-call"; it fails on a name no rule has.
func (r *Rule) UnmarshalText(b []byte) error {
	for i, name := range ruleNames {
		if name == string(b) {
			*r = Rule(i)
			return nil
		}
	}
	return fmt.Errorf("speaker: unknown rule %q", b)
}

// EntityKind says what sort of speaker an entity is.
type EntityKind uint8

// The kinds of entity. The zero EntityKind is unknown.
const (
	KindUnknown EntityKind = iota
	Person
	Organization
	Group
)

var entityKindNames = [...]string{"unknown", "person", "organization", "group"}

// String returns the kind's name as used in JSON.
func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its name.
func (k EntityKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Gender is the grammatical gender the text gives a person.
type Gender uint8

// The genders. The zero Gender is unknown.
const (
	GenderUnknown Gender = iota
	Male
	Female
)

var genderNames = [...]string{"unknown", "male", "female"}

// String returns the gender's name as used in JSON.
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return "unknown"
}

// MarshalText encodes the gender as its name.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// MentionKind says how a mention refers to its entity.
type MentionKind uint8

// The kinds of mention. The zero MentionKind is unknown.
const (
	MentionUnknown MentionKind = iota
	// MentionName is a proper name, with or without titles ("Secretary of
	// State John F. Kerry", "Kerry", "the State Department").
	MentionName
	// MentionNominal is a description ("the secretary", "a spokeswoman").
	MentionNominal
	// MentionPronoun is a personal pronoun ("he", "she", "they", "I").
	MentionPronoun
)

var mentionKindNames = [...]string{"unknown", "name", "nominal", "pronoun"}

// String returns the mention kind's name as used in JSON.
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the mention kind as its name.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Mention is one place where the text refers to a speaker.
type Mention struct {
	Span Span        `json:"span"`
	Kind MentionKind `json:"kind"`
}

// Entity is a speaker or a potential speaker: every mention the text makes
// of one person, organisation or group.
type Entity struct {
	// ID is the entity's index in Result.Entities.
	ID int `json:"id"`
	// Name is the fullest proper name the text gives, without titles
	// ("John F. Kerry" for "Secretary of State John F. Kerry"), or the
	// description when there is no name ("the spokesman").
	Name   string     `json:"name"`
	Kind   EntityKind `json:"kind"`
	Gender Gender     `json:"gender"`
	// Mentions lists every mention of the entity in text order, pronouns
	// included.
	Mentions []Mention `json:"mentions"`
}

// Attribution says who spoke a quotation and why.
type Attribution struct {
	// Speaker is the index of the speaker in Result.Entities, or -1.
	Speaker int `json:"speaker"`
	// Addressee is the index of the person spoken to, or -1 when the text
	// does not make it clear.
	Addressee int `json:"addressee"`
	// Mention is the mention that names the speaker for this quotation; it
	// is empty when the rule needs none (continuation, conversation).
	Mention Span `json:"mention"`
	// Cue is the speech verb or phrase that introduces the quotation, or
	// empty.
	Cue Span `json:"cue"`
	// Rule is the matcher or fiction step that set the speaker (see
	// Rule for the one step that leaves the matcher's rule).
	Rule Rule `json:"rule"`
	// Confidence is in [0, 1]: highest for an explicit cue next to the
	// quotation, lower for pronoun chains, continuation and turn-taking.
	Confidence float64 `json:"confidence"`
}

// Result is the outcome of attributing a document's quotations.
type Result struct {
	// Entities lists the speakers and potential speakers, in order of
	// first mention.
	Entities []Entity
	// Attributions has one entry per quotation, in the quotations' order.
	Attributions []Attribution
	// Kinds has the kind of each quotation as attribution leaves it: the
	// detector's kind, except that in fiction a fragment quoted in the
	// narration with no speech verb introducing it is a term (a word the
	// narrator mentions, not speech).
	Kinds []quote.Kind
	// Genre is the genre the text was read as.
	Genre Genre
}
