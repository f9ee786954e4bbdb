package main

// A minimal client of the Chrome DevTools Protocol over the pipe that
// Chromium opens with --remote-debugging-pipe: it writes JSON commands,
// each ended by a NUL byte, to the browser's file descriptor 3 and reads
// NUL-ended replies and events from its descriptor 4. No port, no
// websocket and no dependency beyond the standard library.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// chromiumFlags are the flags this machine's Chromium needs to run
// headless as root without reaching out to the network.
var chromiumFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
	"--no-first-run", "--no-default-browser-check",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
	"--remote-debugging-pipe",
}

// A browser is a running Chromium driven over its DevTools pipe.
type browser struct {
	cmd    *exec.Cmd
	toB    *os.File
	stderr *lockedBuffer

	mu      sync.Mutex
	nextID  int
	pending map[int]chan cdpMessage
	readErr error
	closed  chan struct{}
}

// cdpMessage is a command, a reply or an event.
type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    any             `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
}

// cdpError is the error a command replies with.
type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *cdpError) Error() string { return fmt.Sprintf("cdp error %d: %s", e.Code, e.Message) }

// lockedBuffer collects the browser's standard error for failure reports.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startBrowser starts Chromium at path with a fresh profile under the
// test's temp dir and stops it when the test ends.
func startBrowser(t *testing.T, path string) *browser {
	t.Helper()
	toBR, toBW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	fromBR, fromBW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"--user-data-dir=" + filepath.Join(t.TempDir(), "profile")}, chromiumFlags...)
	b := &browser{
		cmd:     exec.Command(path, append(args, "about:blank")...),
		toB:     toBW,
		stderr:  &lockedBuffer{},
		pending: map[int]chan cdpMessage{},
		closed:  make(chan struct{}),
	}
	b.cmd.Stdout, b.cmd.Stderr = b.stderr, b.stderr
	b.cmd.ExtraFiles = []*os.File{toBR, fromBW} // descriptors 3 and 4
	if err := b.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	toBR.Close()
	fromBW.Close()
	go b.read(fromBR)
	t.Cleanup(func() { b.stop(t) })
	return b
}

// stop asks the browser to close, and kills it when it does not.
func (b *browser) stop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = b.call(ctx, "", "Browser.close", nil, nil)
	b.toB.Close()
	done := make(chan error, 1)
	go func() { done <- b.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = b.cmd.Process.Kill()
		<-done
	}
	if t.Failed() {
		t.Logf("chromium stderr:\n%s", b.stderr.String())
	}
}

// read dispatches the replies read from the browser until the pipe closes.
// Events are not used and are dropped.
func (b *browser) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 1<<20)
	var err error
	for {
		var raw []byte
		raw, err = br.ReadBytes(0)
		if err != nil {
			break
		}
		var m cdpMessage
		if err = json.Unmarshal(raw[:len(raw)-1], &m); err != nil {
			break
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch != nil && m.Method == "" {
			ch <- m
		}
	}
	b.mu.Lock()
	b.readErr = err
	b.mu.Unlock()
	close(b.closed)
}

// call sends a command (to a page session, or to the browser when session
// is "") and decodes its result into result unless result is nil.
func (b *browser) call(ctx context.Context, session, method string, params, result any) error {
	ch := make(chan cdpMessage, 1)
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	b.pending[id] = ch
	b.mu.Unlock()
	msg, err := json.Marshal(cdpMessage{ID: id, Method: method, Params: params, SessionID: session})
	if err != nil {
		return err
	}
	if _, err := b.toB.Write(append(msg, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %w", method, m.Error)
		}
		if result == nil {
			return nil
		}
		return json.Unmarshal(m.Result, result)
	case <-b.closed:
		b.mu.Lock()
		defer b.mu.Unlock()
		return fmt.Errorf("%s: browser closed the pipe: %w", method, errors.Join(b.readErr, io.ErrUnexpectedEOF))
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// A tab is a page of the browser with its DevTools session.
type tab struct {
	b       *browser
	session string
}

// open opens url in a new tab of the given viewport size and waits until
// it has loaded.
func (b *browser) open(ctx context.Context, url string, width, height int) (*tab, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	tb := &tab{b: b, session: attached.SessionID}
	if err := tb.resize(ctx, width, height); err != nil {
		return nil, err
	}
	if err := tb.call(ctx, "Page.navigate", map[string]any{"url": url}, nil); err != nil {
		return nil, err
	}
	return tb, tb.waitLoaded(ctx)
}

// resize sets the size of the tab's viewport, in CSS pixels.
func (tb *tab) resize(ctx context.Context, width, height int) error {
	metrics := map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}
	return tb.call(ctx, "Emulation.setDeviceMetricsOverride", metrics, nil)
}

// call sends a command to the tab's session.
func (tb *tab) call(ctx context.Context, method string, params, result any) error {
	return tb.b.call(ctx, tb.session, method, params, result)
}

// waitLoaded polls until the document has loaded.
func (tb *tab) waitLoaded(ctx context.Context) error {
	for {
		var state string
		if err := tb.eval(ctx, "document.URL !== 'about:blank' && document.readyState", &state); err == nil && state == "complete" {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the page to load: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value,
// which must be serialisable as JSON, into result.
func (tb *tab) eval(ctx context.Context, expr string, result any) error {
	var reply struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	params := map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}
	if err := tb.call(ctx, "Runtime.evaluate", params, &reply); err != nil {
		return err
	}
	if e := reply.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluating %q: %s %s", expr, e.Text, e.Exception.Description)
	}
	if result == nil {
		return nil
	}
	if len(reply.Result.Value) == 0 {
		return fmt.Errorf("evaluating %q: no value", expr)
	}
	return json.Unmarshal(reply.Result.Value, result)
}

// click presses and releases the left mouse button at (x, y), in CSS
// pixels of the viewport.
func (tb *tab) click(ctx context.Context, x, y float64) error {
	if err := tb.mouse(ctx, "mouseMoved", x, y); err != nil {
		return err
	}
	if err := tb.mouse(ctx, "mousePressed", x, y); err != nil {
		return err
	}
	return tb.mouse(ctx, "mouseReleased", x, y)
}

// mouse sends one mouse event at (x, y).
func (tb *tab) mouse(ctx context.Context, kind string, x, y float64) error {
	ev := map[string]any{"type": kind, "x": x, "y": y}
	if kind != "mouseMoved" {
		ev["button"], ev["clickCount"] = "left", 1
	}
	return tb.call(ctx, "Input.dispatchMouseEvent", ev, nil)
}

// press presses and releases a key that types no text, such as "Tab" or
// "Escape", with its Windows virtual key code.
func (tb *tab) press(ctx context.Context, key string, code int) error {
	for _, kind := range []string{"rawKeyDown", "keyUp"} {
		ev := map[string]any{"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
		if err := tb.call(ctx, "Input.dispatchKeyEvent", ev, nil); err != nil {
			return err
		}
	}
	return nil
}

// screenshot returns a PNG of the whole page, beyond the viewport.
func (tb *tab) screenshot(ctx context.Context) ([]byte, error) {
	var size struct {
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
	}
	if err := tb.eval(ctx, "({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})", &size); err != nil {
		return nil, err
	}
	var shot struct {
		Data []byte `json:"data"` // base64 in JSON
	}
	params := map[string]any{
		"format":                "png",
		"captureBeyondViewport": true,
		"clip":                  map[string]any{"x": 0, "y": 0, "width": size.Width, "height": size.Height, "scale": 1},
	}
	if err := tb.call(ctx, "Page.captureScreenshot", params, &shot); err != nil {
		return nil, err
	}
	return shot.Data, nil
}
