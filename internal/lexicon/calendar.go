package lexicon

import "fmt"

// CalendarKind says what a calendar word names.
type CalendarKind uint8

// The calendar kinds. The zero CalendarKind is unknown.
const (
	CalendarUnknown CalendarKind = iota
	// CalendarDay is a day of the week, in full or abbreviated ("Monday",
	// "Mon", "Tues").
	CalendarDay
	// CalendarMonth is a month, in full or abbreviated ("January", "Jan",
	// "Sept").
	CalendarMonth
	// CalendarHoliday is a feast, festival, holiday or season of a
	// religious or civil calendar ("Christmas", "Ramadan", "Labor Day").
	CalendarHoliday
	// CalendarZone is a time zone or standard time ("GMT", "EST").
	CalendarZone
	// CalendarEra is an era marker written after or before a year ("AD",
	// "BC", "BCE").
	CalendarEra
)

var calendarKindNames = [...]string{"unknown", "day", "month", "holiday", "zone", "era"}

// String returns the kind's name as written in calendar.txt.
func (k CalendarKind) String() string {
	if int(k) < len(calendarKindNames) {
		return calendarKindNames[k]
	}
	return "unknown"
}

// CalendarWord describes a capitalised word of the calendar.
type CalendarWord struct {
	Kind CalendarKind
	// GivenName is set when the word is also a given name ("April",
	// "June", "August"), so "June said" may well be a speaker.
	GivenName bool
	// Common is set when the word is also a common word in lower case or
	// at a sentence start ("March", "May", "Sun", "Wed").
	Common bool
}

// Calendar maps lower-case days, months, holidays, time zones and eras
// ("monday", "jan", "christmas eve", "ramadan", "gmt") to what they are.
// They are never speakers unless GivenName is set.
var Calendar = mapOnce("calendar.txt", parseCalendar)

// LookupCalendar finds a calendar word or phrase whatever its case, and
// reports whether it is one.
func LookupCalendar(word string) (CalendarWord, bool) {
	return lookupFold(Calendar(), word)
}

// parseCalendar reads "word<TAB>kind[<TAB>flag[,flag]]", where a flag is
// "name" (also a given name) or "word" (also a common word).
func parseCalendar(f []string) (CalendarWord, error) {
	if err := fieldCount(f, 2, 3); err != nil {
		return CalendarWord{}, err
	}
	k := CalendarKind(indexOf(calendarKindNames[1:], f[1]) + 1)
	if k == CalendarUnknown {
		return CalendarWord{}, fmt.Errorf("entry %q: unknown kind %q", f[0], f[1])
	}
	w := CalendarWord{Kind: k}
	if len(f) == 3 {
		flags, err := parseFlags[uint8](f[2], []string{"name", "word"})
		if err != nil {
			return CalendarWord{}, fmt.Errorf("entry %q: %w", f[0], err)
		}
		w.GivenName = flags&1 != 0
		w.Common = flags&2 != 0
	}
	return w, nil
}
