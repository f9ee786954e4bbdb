package main

import (
	"fmt"
	"math"
)

// A colour is how one speaker's quotations look: a light background that
// keeps dark text readable, and a darker line for underlines and borders.
type colour struct {
	BG, Line string
}

// palette holds the first speakers' colours: twelve hues far apart, each
// background light enough for the body text (#1b1b1b) to keep a contrast
// ratio of at least 12:1, each line dark enough for 4.5:1 on white.
var palette = [...]colour{
	{"#cfe2ff", "#1f5fbf"}, // blue
	{"#ffe0b8", "#b85600"}, // orange
	{"#cdeccd", "#2e7d32"}, // green
	{"#ffd3d6", "#c62828"}, // red
	{"#e4d7f5", "#6a3fa0"}, // purple
	{"#fff1a8", "#8f6b00"}, // gold
	{"#c8eef0", "#00767f"}, // teal
	{"#f9d4ec", "#ad1f7a"}, // magenta
	{"#ead8cc", "#7b4a2c"}, // brown
	{"#eaf0b8", "#6b7700"}, // olive
	{"#d9e0ea", "#41536b"}, // slate
	{"#d4f5e4", "#1b7f4f"}, // mint
}

// colourAt returns the colour of the speaker in the given slot (0 for the
// first speaker quoted). Slots past the palette get hues spread by the
// golden angle, so neighbours still differ, with the same contrasts.
func colourAt(slot int) colour {
	if slot < len(palette) {
		return palette[slot]
	}
	hue := math.Mod(float64(slot-len(palette))*137.507764+15, 360)
	return colour{BG: hslHex(hue, 0.75, 0.91), Line: hslHex(hue, 0.65, 0.27)}
}

// hslHex converts a hue in degrees, a saturation and a lightness in [0, 1]
// to a #rrggbb colour.
func hslHex(h, s, l float64) string {
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	return fmt.Sprintf("#%02x%02x%02x", channel(r+m), channel(g+m), channel(b+m))
}

// channel converts a colour channel in [0, 1] to a byte.
func channel(v float64) int { return int(math.Round(min(max(v, 0), 1) * 255)) }
