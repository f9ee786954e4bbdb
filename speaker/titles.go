package speaker

import (
	"strings"

	"github.com/quoteattr/quoteattr/internal/lexicon"
)

// stripTitles returns the first token of the core name after leading
// titles, roles and demonyms, the role words seen (lower case) and the
// gender an honorific gives.
func (f *mentionFinder) stripTitles(i, end int) (int, string, Gender) {
	var roles []string
	g := GenderUnknown
	start := i
	for i < end {
		w := f.d.word(f.toks[i])
		if w == "." {
			i++
			continue
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
		if lw == "of" && f.orgChain(start, i) {
			return start, "", GenderUnknown // "Army Corps of Engineers"
		}
		if t, ok := lexicon.LookupTitle(lw); ok && !t.Class.Has(lexicon.TitleSuffix) && f.moreNameAfter(i, end) {
			roles = append(roles, lw)
			if ng := genderOf(t.Gender); ng != GenderUnknown {
				g = ng
			}
			i++
			continue
		}
		if lw == "of" || (f.isDemonym(lw) && !f.demonymFirstName(i, end) || f.isPlaceBeforeTitle(i, end) || isCalendarWord(w) && !f.calendarFirstName(i, end)) && f.moreNameAfter(i, end) {
			i++
			continue
		}
		break
	}
	if k := f.titleInside(i, end); k > i {
		for j := i; j < k; j++ {
			if lw := strings.ToLower(f.d.word(f.toks[j])); lw != "." {
				roles = append(roles, lw)
			}
		}
		i = k
	}
	return i, strings.Join(roles, " "), g
}

// titleInside finds a title inside a run that opens with an organisation
// or a place ("CNN President Jeff Zucker", "White House Press Secretary
// Josh Earnest") and returns the token after it, when what follows is a
// name of two words or more, or one that opens with a known first name;
// else it returns i.
func (f *mentionFinder) titleInside(i, end int) int {
	for k := end - 2; k > i; k-- {
		w := strings.ToLower(f.d.word(f.toks[k]))
		t, ok := lexicon.LookupTitle(w)
		if !ok || !t.Class.Has(lexicon.TitleRole) {
			continue
		}
		next := k + 1
		if next < end && f.d.word(f.toks[next]) == "." {
			next++
		}
		if next < end {
			if _, ok := lexicon.FirstNameGender(f.d.word(f.toks[next])); ok || end-next >= 2 {
				return next
			}
		}
		return i
	}
	return i
}

// honorific returns the last honorific among the title tokens [i, core)
// ("mrs" in "Mrs. Whitby"), or "".
func (f *mentionFinder) honorific(i, core int) string {
	h := ""
	for k := i; k < core; k++ {
		lw := strings.ToLower(f.d.word(f.toks[k]))
		if t, ok := lexicon.LookupTitle(lw); ok && t.Class.Has(lexicon.TitleHonorific) {
			h = lw
		}
	}
	return h
}

// moreNameAfter reports whether a word other than a title follows token i
// in the run.
func (f *mentionFinder) moreNameAfter(i, end int) bool {
	for k := i + 1; k < end; k++ {
		w := strings.ToLower(f.d.word(f.toks[k]))
		if w == "." || w == "of" {
			continue
		}
		if _, ok := lexicon.LookupTitle(w); !ok && !f.isDemonym(w) {
			return true
		}
	}
	return false
}

// isPlaceBeforeTitle reports a place name followed by a title in the run
// ("Texas Sen. Ted Cruz", "New Jersey Gov. Chris Christie").
func (f *mentionFinder) isPlaceBeforeTitle(i, end int) bool {
	for k := i; k < end && k < i+3; k++ {
		w := f.d.word(f.toks[k])
		if _, ok := lexicon.LookupPlace(w); !ok {
			if k == i {
				return false
			}
			if _, ok := lexicon.LookupTitle(strings.ToLower(w)); ok {
				return true
			}
			return false
		}
	}
	return false
}

// takeLowerRoles extends a name mention over the lower-case role words
// right before it ("meteorologist Ivan Petrov", "state attorney Dave
// Aronberg"), which then count among its roles.
func (f *mentionFinder) takeLowerRoles(m *mention) {
	floor := 0
	if len(f.out) > 0 {
		floor = f.out[len(f.out)-1].tok1
	}
	k := m.tok0 - 1
	var roles []string
	for n := 0; n < 3 && k >= floor; n, k = n+1, k-1 {
		t := f.toks[k]
		if t.kind != tokWord || t.upper {
			break
		}
		lw := strings.ToLower(f.d.word(t))
		if n == 0 && !isRoleNoun(lw) || n > 0 && !isRoleWord(lw) || stopWords[lw] || determiners[lw] {
			break
		}
		roles = append([]string{lw}, roles...)
	}
	if len(roles) == 0 || k+1 < 0 || f.toks[k+1].sent != f.toks[m.tok0].sent {
		return
	}
	m.tok0 = k + 1
	m.Span.Start = f.toks[m.tok0].Start
	m.roles = strings.TrimSpace(strings.Join(roles, " ") + " " + m.roles)
	if m.ekind == KindUnknown {
		m.ekind = Person
	}
}

// isRoleNoun reports a lower-case noun naming a person's role
// ("meteorologist", "attorney", "senator").
func isRoleNoun(lw string) bool {
	if n, ok := lexicon.LookupNominal(lw); ok && n.Class.Has(lexicon.NominalPerson) {
		return true
	}
	t, ok := lexicon.LookupTitle(lw)
	return ok && t.Class.Has(lexicon.TitleRole)
}

// isRoleWord reports a lower-case noun or title for a person's role, or a
// modifier of one ("state" in "state attorney").
func isRoleWord(lw string) bool {
	if n, ok := lexicon.LookupNominal(lw); ok && n.Class.Has(lexicon.NominalPerson) {
		return true
	}
	t, ok := lexicon.LookupTitle(lw)
	return ok && (t.Class.Has(lexicon.TitleRole) || t.Class.Has(lexicon.TitleModifier))
}

// isTitleWord reports a title or honorific, with or without its period.
func isTitleWord(w string) bool {
	_, ok := lexicon.LookupTitle(strings.ToLower(strings.TrimSuffix(w, ".")))
	return ok
}

// titleOrGivenName reports a word that is a title ("Mr", "Captain") or
// a known given name, in any case: a word that keeps a capitalised run a
// name.
func titleOrGivenName(w string) bool {
	if _, ok := lexicon.LookupTitle(w); ok {
		return true
	}
	_, ok := lexicon.FirstNameGender(w)
	return ok
}

// isTitleAbbrev reports an abbreviated title ("Sen", "Gov", "Dr").
func isTitleAbbrev(w string) bool {
	return lexicon.Abbreviations()[strings.ToLower(w)] == lexicon.AbbrevTitle
}

// demonymFirstName reports whether the demonym at i is a given name: one
// followed by a single surname that ends the run is ("German Ortega",
// "Roman Novak"), as news puts a nationality before a full name or a
// title ("Russian President X", "German Ada Kunz"), not before a bare
// surname.
func (f *mentionFinder) demonymFirstName(i, end int) bool {
	if i+2 != end {
		return false
	}
	w := f.d.word(f.toks[i+1])
	_, title := lexicon.LookupTitle(strings.ToLower(w))
	return !title && !f.isDemonym(strings.ToLower(w))
}

// isDemonym reports a nationality adjective ("Russian", "Syrian").
func (f *mentionFinder) isDemonym(lw string) bool {
	k, ok := lexicon.LookupPlace(lw)
	return ok && k.Has(lexicon.PlaceDemonym)
}
