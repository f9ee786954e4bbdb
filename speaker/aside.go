package speaker

// aside remembers a third person called into a conversation for one
// answer ("Eh, Hollis?" ¶ "Gladly."): when the participant they displaced
// speaks right after that answer, the pair that was talking goes on.
type aside struct {
	set          bool
	caller, left int // who called the third person in, and who was displaced
	third        int // the one called in
	turns        int // turns taken since the third person came in
}

// note records that e speaks next in conversation g, before g is updated.
func (a *aside) note(e int, g *dialogue) {
	switch {
	case g.last >= 0 && g.prev >= 0 && e != g.last && e != g.prev && g.addressee == e && g.last != e:
		*a = aside{set: true, caller: g.last, left: g.prev, third: e}
	case a.set:
		a.turns++
		if a.turns > 1 {
			a.set = false
		}
	}
}

// returns gives the caller when e, speaking right after the third
// person's one answer, is the one that answer displaced; -1 otherwise.
func (a *aside) returns(e int, g *dialogue) int {
	if !a.set || a.turns != 0 || g.last != a.third || e != a.left {
		return -1
	}
	return a.caller
}
