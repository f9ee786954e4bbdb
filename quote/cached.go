package quote

import (
	"sync"
	"sync/atomic"
)

// cached is a value built once, on first use, like the result of
// sync.OnceValue, but read in one atomic load afterwards: the kind rules
// fetch the lexicon tables for every quotation, and a call through
// sync.OnceValue's closure costs more than the lookups it serves.
//
// The accessors the kind rules call for every quotation (cues,
// termFilter, titleFilter, termCues) load p themselves and call load only
// when it is nil: get, a method of a generic type, runs as code shared by
// every pointer type and is not inlined, so a call to it costs a call.
type cached[T any] struct {
	p     atomic.Pointer[T]
	once  sync.Once
	build func() *T
}

// get returns the value, building it on the first call.
func (c *cached[T]) get() *T {
	if p := c.p.Load(); p != nil {
		return p
	}
	return c.load()
}

// load builds the value on first use and returns it.
func (c *cached[T]) load() *T {
	c.once.Do(func() { c.p.Store(c.build()) })
	return c.p.Load()
}
