package speaker

import "strings"

// narratedOfGender returns the one person of the gender of pronoun
// mention cue whom the narration of quotation q's paragraph names before
// it, as a name or as the subject "he" or "she": "She set the tray down.
// He did not look up. She poured. "…," she said." is the woman the
// paragraph follows, whoever's turn a conversation before it would
// expect. The cue's own pronoun does not count. It returns -1 when the
// paragraph names no such person or two of them, holds another quotation
// before q, or when the pronoun has no gender.
func (d *document) narratedOfGender(q, cue int) int {
	m := d.mentions[cue]
	if !m.thirdSingular() || m.gender == GenderUnknown {
		return -1
	}
	found := -1
	if !d.eachNarratedBefore(q, func(mi int) bool {
		if mi == cue {
			return true // the cue's own "she" tells nothing yet
		}
		c := d.mentions[mi]
		if c.kind == MentionNominal && d.rivalDescribed(m, c, found) {
			return false // "Our host coiled up the rope. This he …": who "he" is stays open
		}
		if !namesActor(c) {
			return true
		}
		e := d.resolve(mi)
		if e < 0 || d.entities[e].kind != Person || d.agreement(m, d.entities[e]) != agreeExactly {
			return true
		}
		if found >= 0 && e != found {
			return false
		}
		found = e
		return true
	}) {
		return -1
	}
	return found
}

// rivalDescribed reports description c as a person pronoun m may stand
// for, other than entity found.
func (d *document) rivalDescribed(m, c mention, found int) bool {
	if c.entity < 0 || c.entity == found || c.plural || d.entities[c.entity].kind != Person {
		return false
	}
	if mi := d.mentionAt[c.tok0]; mi < 0 || !d.opensSentence(mi) || thirdPossessives[strings.ToLower(d.word(d.toks[c.tok0]))] {
		return false
	}
	return d.agreement(m, d.entities[c.entity]) != agreeNot
}

// thirdPossessives open a description that says whose someone is ("her
// visitor"): a person seen from another one in view, not a rival subject.
var thirdPossessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}
