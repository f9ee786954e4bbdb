package speaker

import "strings"

// stickyReach bounds how many mentions stickyDescribed reads back, so
// that the work stays linear.
const stickyReach = 600

// stickyDescribed returns the named person that the earlier mentions of
// definite description mi ("the young man") stood for, when at least two
// of them within stickyReach mentions did and none stood for anyone else:
// a story that keeps calling a character by one description means that
// character by it again. It returns -1 otherwise.
func (d *document) stickyDescribed(mi int) int {
	if d.mentions[mi].kind != MentionNominal {
		return -1
	}
	key := descriptionName(d.mentions[mi].Span.Text(d.text))
	if !strings.HasPrefix(key, "the ") {
		return -1
	}
	found, n := -1, 0
	for j := mi - 1; j >= 0 && mi-j <= stickyReach; j-- {
		c := d.mentions[j]
		if c.kind != MentionNominal || c.entity < 0 || !d.entities[c.entity].proper || descriptionName(c.Span.Text(d.text)) != key {
			continue
		}
		if found >= 0 && c.entity != found {
			return -1
		}
		found, n = c.entity, n+1
	}
	if n < 2 {
		return -1
	}
	return found
}
