package stdlib

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The http module (Spindle's own, requests-like) on Go's net/http.
//
// Client: http.get/post/put/patch/delete/head/request(method, url,
// params=, headers=, data=, json=, timeout=) return a Response
// (status_code, ok, reason, headers, text, content, json(),
// raise_for_status(), url, elapsed). The module-level functions open a
// new connection per request (like requests.get); a Session keeps
// connections alive. A request is a cancellation checkpoint: the
// thread's cancellation cancels the request's context. Connection
// failures raise ConnectionError (an OSError), timeouts TimeoutError,
// raise_for_status http.HTTPError (an OSError with .response).
//
// Server: http.Server(handler, host="127.0.0.1", port=0) listens at once
// (srv.port and srv.url are known before serving); srv.serve() blocks
// the calling thread and opens a thread group: each request runs
// handler(request) on its own virtual thread of that group. Cancelling
// the serving thread (g.cancel(), a timeout) stops the server: the
// listener closes, in-flight handlers are cancelled and the group is
// joined. http.serve(handler, host=, port=) is Server(...).serve().
// A handler's Exception becomes a 500 response (its traceback is printed
// to stderr) rather than failing the group, so one bad request does not
// stop the server; BaseExceptions (Cancelled) propagate as usual.
// The handler returns a str (text/plain), bytes, a dict or list (sent as
// JSON), None (204), or a tuple (status, body) / (status, headers, body).

var (
	responseType    = newModuleType("Response", "http")
	sessionType     = newModuleType("Session", "http")
	serverType      = newModuleType("Server", "http")
	requestType     = newModuleType("Request", "http")
	headersType     = newModuleType("Headers", "http")
	httpErrorType   = newModExc("HTTPError", "http", rt.OSErrorType)
	headersIterType = newIterType("headers_iterator", "http")
)

// headersObj is a case-insensitive, read-mostly mapping of headers.
type headersObj struct {
	h http.Header
}

func (h *headersObj) Type() *rt.Type { return headersType }

func (h *headersObj) keys() []string {
	ks := make([]string, 0, len(h.h))
	for k := range h.h {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (h *headersObj) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	k, ok := key.(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.KeyErrorType, "%s", "key")
	}
	vs, ok := h.h[http.CanonicalHeaderKey(string(k))]
	if !ok {
		return nil, rt.NewException(rt.KeyErrorType, key)
	}
	return rt.Str(strings.Join(vs, ", ")), nil
}

func (h *headersObj) SetItem(th *rt.Thread, key, v rt.Value) error {
	k, err := rt.ToStr(th, key)
	if err != nil {
		return err
	}
	if v == nil {
		h.h.Del(k)
		return nil
	}
	s, err := rt.ToStr(th, v)
	if err != nil {
		return err
	}
	h.h.Set(k, s)
	return nil
}

func (h *headersObj) Contains(th *rt.Thread, key rt.Value) (bool, error) {
	k, ok := key.(rt.Str)
	if !ok {
		return false, nil
	}
	_, found := h.h[http.CanonicalHeaderKey(string(k))]
	return found, nil
}

func (h *headersObj) Len(th *rt.Thread) (int, error) { return len(h.h), nil }

func (h *headersObj) Iter(th *rt.Thread) (rt.Iterator, error) {
	return listIter(strList(h.keys()).Snapshot()).(rt.Iterator), nil
}

func (h *headersObj) dict() *rt.Dict {
	d := rt.NewDict()
	for _, k := range h.keys() {
		d.SetStr(k, rt.Str(strings.Join(h.h[k], ", ")))
	}
	return d
}

func (h *headersObj) Repr(th *rt.Thread) (string, error) { return h.dict().Repr(th) }

func (h *headersObj) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	switch o := other.(type) {
	case *headersObj:
		eq, err := rt.Equal(th, h.dict(), o.dict())
		return eq, true, err
	case *rt.Dict:
		eq, err := rt.Equal(th, h.dict(), o)
		return eq, true, err
	}
	return false, false, nil
}

var (
	_ rt.Indexable   = (*headersObj)(nil)
	_ rt.HasContains = (*headersObj)(nil)
	_ rt.Iterable    = (*headersObj)(nil)
	_ rt.Sized       = (*headersObj)(nil)
	_ rt.HasRepr     = (*headersObj)(nil)
)

func headersMethod(name string, fn func(th *rt.Thread, h *headersObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return fn(th, self.(*headersObj), args, kwargs)
	})
}

// ---- client ----

type httpClient struct {
	client *http.Client
}

var (
	oneShotClient = &httpClient{client: &http.Client{Transport: &http.Transport{
		DisableKeepAlives: true, Proxy: nil, MaxIdleConnsPerHost: -1,
	}}}
)

func newSessionClient() *httpClient {
	return &httpClient{client: &http.Client{Transport: &http.Transport{
		Proxy: nil, MaxIdleConns: 1024, MaxIdleConnsPerHost: 1024, IdleConnTimeout: 90 * time.Second,
	}}}
}

type reqArgs struct {
	method, url                       string
	params, headers, data, json, body rt.Value
	timeout                           rt.Value
	allowRedirects                    bool
}

func parseReqArgs(fname, method string, args []rt.Value, kwargs []rt.KwArg) (*reqArgs, error) {
	a := &reqArgs{method: method, params: rt.None, headers: rt.None, data: rt.None, json: rt.None, timeout: rt.None, allowRedirects: true}
	var u rt.Value
	var ign rt.Value
	pairs := []any{"url", &u, "params?", &a.params, "data?", &a.data, "headers?", &a.headers, "json?", &a.json,
		"timeout?", &a.timeout, "allow_redirects?", &a.allowRedirects, "cookies?", &ign, "auth?", &ign, "verify?", &ign, "stream?", &ign}
	if method == "" {
		var m string
		pairs = append([]any{"method", &m}, pairs...)
		if err := rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
			return nil, err
		}
		a.method = strings.ToUpper(m)
	} else if err := rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	s, ok := u.(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "url must be str, not %s", rt.TypeName(u))
	}
	a.url = string(s)
	return a, nil
}

func (c *httpClient) do(th *rt.Thread, a *reqArgs) (rt.Value, error) {
	u, err := url.Parse(a.url)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, rt.NewError(rt.ValueErrorType, "Invalid URL '%s': No scheme supplied or no host", a.url)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, rt.NewError(rt.ValueErrorType, "No connection adapters were found for '%s'", a.url)
	}
	if a.params != rt.None {
		q, err := encodeQuery(th, a.params)
		if err != nil {
			return nil, err
		}
		if u.RawQuery != "" && q != "" {
			u.RawQuery += "&" + q
		} else if q != "" {
			u.RawQuery = q
		}
	}
	var body io.Reader
	contentType := ""
	switch {
	case a.json != rt.None:
		s, err := jsonDumps(th, []rt.Value{a.json}, nil)
		if err != nil {
			return nil, err
		}
		body = strings.NewReader(string(s.(rt.Str)))
		contentType = "application/json"
	case a.data != rt.None:
		switch d := a.data.(type) {
		case rt.Str:
			body = strings.NewReader(string(d))
		case rt.Bytes:
			body = strings.NewReader(string(d))
		case *rt.Dict, *rt.List, *rt.Tuple:
			q, err := encodeQuery(th, d)
			if err != nil {
				return nil, err
			}
			body = strings.NewReader(q)
			contentType = "application/x-www-form-urlencoded"
		default:
			b, err := bytesArg(d)
			if err != nil {
				return nil, err
			}
			body = bytes.NewReader(b)
		}
	}
	var timeout time.Duration
	if a.timeout != rt.None {
		f, ok := rt.AsFloat(a.timeout)
		if !ok {
			if t, ok := a.timeout.(*rt.Tuple); ok && len(t.Items) == 2 {
				f1, _ := rt.AsFloat(t.Items[0])
				f2, _ := rt.AsFloat(t.Items[1])
				f = f1 + f2
			}
		}
		timeout = time.Duration(f * float64(time.Second))
	}
	req, err := http.NewRequest(a.method, u.String(), body)
	if err != nil {
		return nil, rt.NewError(rt.ValueErrorType, "%s", err.Error())
	}
	req.Header.Set("User-Agent", "spindle-http/0.1")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if a.headers != rt.None {
		items, err := rt.CallMethod(th, a.headers, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		pairs, err := rt.IterateAll(th, items)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			kv := p.(*rt.Tuple).Items
			k, _ := rt.ToStr(th, kv[0])
			v, _ := rt.ToStr(th, kv[1])
			if strings.EqualFold(k, "host") {
				req.Host = v
			}
			req.Header.Set(k, v)
		}
	}
	client := c.client
	if !a.allowRedirects {
		cc := *client
		cc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		client = &cc
	}
	start := time.Now()
	var resp *http.Response
	var data []byte
	err = th.Block("http "+a.method+" "+a.url, rt.None, func(cancel <-chan struct{}) error {
		// The request's context is the thread's cancel channel itself:
		// no watcher goroutine per request.
		var ctx context.Context = chanCtx(cancel)
		if timeout > 0 {
			var stop context.CancelFunc
			ctx, stop = context.WithTimeout(ctx, timeout)
			defer stop()
		}
		r, err := client.Do(req.WithContext(ctx))
		if err != nil {
			return err
		}
		defer r.Body.Close()
		resp = r
		data, err = io.ReadAll(r.Body)
		return err
	})
	if err != nil {
		return nil, httpErr(err, a.url)
	}
	return newResponse(resp, data, time.Since(start)), nil
}

func httpErr(err error, u string) error {
	if _, ok := err.(*rt.Exception); ok {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os_ErrDeadline) {
		return rt.NewError(rt.TimeoutErrorType, "timed out: %s", u)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return rt.NewError(rt.TimeoutErrorType, "timed out: %s", u)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return rt.IOError(errno, "")
	}
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		msg = ue.Err.Error()
	}
	e := rt.NewError(rt.ConnectionErrorType, "%s: %s", u, msg)
	return e
}

var os_ErrDeadline = errors.New("deadline")

// chanCtx is a context.Context that is done when the channel closes
// (a thread's cancel channel).
type chanCtx <-chan struct{}

func (c chanCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c chanCtx) Done() <-chan struct{}       { return c }
func (c chanCtx) Value(key any) any           { return nil }
func (c chanCtx) Err() error {
	select {
	case <-c:
		return context.Canceled
	default:
		return nil
	}
}

func newResponse(r *http.Response, data []byte, elapsed time.Duration) *recObj {
	o := newRec(responseType, nil)
	reason := http.StatusText(r.StatusCode)
	o.set("status_code", rt.MakeInt(int64(r.StatusCode)), false)
	o.set("reason", rt.Str(reason), false)
	o.set("ok", rt.Bool(r.StatusCode < 400), false)
	o.set("headers", &headersObj{h: r.Header}, false)
	o.set("content", rt.Bytes(data), false)
	o.set("text", rt.Str(strings.ToValidUTF8(string(data), "\ufffd")), false)
	o.set("url", rt.Str(r.Request.URL.String()), false)
	o.set("elapsed", rt.Float(elapsed.Seconds()), false)
	o.set("encoding", rt.Str("utf-8"), false)
	return o
}

func encodeQuery(th *rt.Thread, v rt.Value) (string, error) {
	if s, ok := v.(rt.Str); ok {
		return string(s), nil
	}
	pairs, err := queryPairs(th, v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(quotePlus(p[0], "") + "=" + quotePlus(p[1], ""))
	}
	return b.String(), nil
}

// queryPairs flattens a dict or sequence of pairs; list values repeat
// the key (doseq).
func queryPairs(th *rt.Thread, v rt.Value) ([][2]string, error) {
	var items []rt.Value
	if d, ok := v.(*rt.Dict); ok {
		for _, kv := range d.Items() {
			items = append(items, tuple2(kv[0], kv[1]))
		}
	} else {
		var err error
		if items, err = rt.IterateAll(th, v); err != nil {
			return nil, err
		}
	}
	var out [][2]string
	for _, it := range items {
		kv, err := rt.IterateAll(th, it)
		if err != nil || len(kv) != 2 {
			return nil, rt.NewError(rt.TypeErrorType, "not a valid non-string sequence or mapping object")
		}
		k, err := queryStr(th, kv[0])
		if err != nil {
			return nil, err
		}
		switch vals := kv[1].(type) {
		case *rt.List, *rt.Tuple:
			all, _ := rt.IterateAll(th, vals)
			for _, x := range all {
				s, err := queryStr(th, x)
				if err != nil {
					return nil, err
				}
				out = append(out, [2]string{k, s})
			}
		default:
			if vals == rt.None {
				continue
			}
			s, err := queryStr(th, vals)
			if err != nil {
				return nil, err
			}
			out = append(out, [2]string{k, s})
		}
	}
	return out, nil
}

func queryStr(th *rt.Thread, v rt.Value) (string, error) {
	if b, ok := v.(rt.Bytes); ok {
		return string(b), nil
	}
	return rt.ToStr(th, v)
}

func httpFunc(name, method string, c func(self rt.Value) *httpClient) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		a, err := parseReqArgs(name, method, args, kwargs)
		if err != nil {
			return nil, err
		}
		return c(nil).do(th, a)
	})
}

func sessionFunc(name, method string) *rt.Builtin {
	return recMethod(name, func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		a, err := parseReqArgs(name, method, args, kwargs)
		if err != nil {
			return nil, err
		}
		if h, ok := o.get("headers").(*rt.Dict); ok && h.Len() > 0 {
			merged := h.Copy()
			if a.headers != rt.None {
				if err := merged.Update(th, a.headers); err != nil {
					return nil, err
				}
			}
			a.headers = merged
		}
		return o.data.(*httpClient).do(th, a)
	})
}

var methods = []struct{ name, method string }{
	{"get", "GET"}, {"post", "POST"}, {"put", "PUT"}, {"patch", "PATCH"}, {"delete", "DELETE"}, {"head", "HEAD"}, {"options", "OPTIONS"}, {"request", ""},
}

// loadHttpModule makes the http module (registered in modules.go).
func loadHttpModule() *rt.Module {
	setupHTTPTypes()
	m := rt.NewModule("http")
	for _, x := range methods {
		m.Dict.SetStr(x.name, httpFunc(x.name, x.method, func(rt.Value) *httpClient { return oneShotClient }))
	}
	m.Dict.SetStr("Response", responseType)
	m.Dict.SetStr("Session", sessionType)
	m.Dict.SetStr("Server", serverType)
	m.Dict.SetStr("Request", requestType)
	m.Dict.SetStr("HTTPError", httpErrorType)
	m.Dict.SetStr("ConnectionError", rt.ConnectionErrorType)
	m.Dict.SetStr("Timeout", rt.TimeoutErrorType)
	m.Dict.SetStr("serve", rt.NewFunc("serve", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		v, err := newServerPy(th, serverType, args, kwargs)
		if err != nil {
			return nil, err
		}
		return v.(*serverObj).serve(th)
	}))
	status := rt.NewDict()
	for code := 100; code < 600; code++ {
		if t := http.StatusText(code); t != "" {
			status.Set(nil, rt.MakeInt(int64(code)), rt.Str(t))
		}
	}
	m.Dict.SetStr("responses", status)
	return m
}

// hTTPSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var hTTPSetup sync.Once

func setupHTTPTypes() { hTTPSetup.Do(initHTTPTypes) }

func initHTTPTypes() {
	headersType.AddMethods(
		headersMethod("get", func(th *rt.Thread, h *headersObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var k rt.Value
			var def rt.Value = rt.None
			if err := rt.UnpackArgs("get", args, kwargs, "key", &k, "default?", &def); err != nil {
				return nil, err
			}
			if ok, _ := h.Contains(th, k); ok {
				return h.GetItem(th, k)
			}
			return def, nil
		}),
		headersMethod("items", func(th *rt.Thread, h *headersObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, h.dict(), "items", nil, nil)
		}),
		headersMethod("keys", func(th *rt.Thread, h *headersObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return strList(h.keys()), nil
		}),
		headersMethod("values", func(th *rt.Thread, h *headersObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.CallMethod(th, h.dict(), "values", nil, nil)
		}),
	)
	responseType.AddMethods(
		recMethod("json", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return jsonLoads(th, []rt.Value{o.get("text")}, kwargs)
		}),
		recMethod("raise_for_status", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			code, _ := rt.AsInt64(o.get("status_code"))
			if code < 400 {
				return rt.None, nil
			}
			kind := "Client"
			if code >= 500 {
				kind = "Server"
			}
			reason, _ := rt.ToStr(th, o.get("reason"))
			u, _ := rt.ToStr(th, o.get("url"))
			e := rt.NewError(httpErrorType, "%d %s Error: %s for url: %s", code, kind, reason, u)
			e.SetAttr(th, "response", o)
			return nil, e
		}),
		recMethod("__bool__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return o.get("ok"), nil
		}),
		recMethod("__repr__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s, _ := rt.ToStr(th, o.get("status_code"))
			return rt.Str("<Response [" + s + "]>"), nil
		}),
	)
	sessionType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs("Session", args, kwargs); err != nil {
			return nil, err
		}
		return newRec(sessionType, newSessionClient()).set("headers", rt.NewDict(), false), nil
	}
	for _, m := range methods {
		sessionType.AddMethods(sessionFunc(m.name, m.method))
	}
	sessionType.AddMethods(
		recMethod("close", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o.data.(*httpClient).client.CloseIdleConnections()
			return rt.None, nil
		}),
		recMethod("__enter__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return o, nil
		}),
		recMethod("__exit__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			o.data.(*httpClient).client.CloseIdleConnections()
			return rt.None, nil
		}),
	)
	initServer()
}

// ---- server ----

type serverObj struct {
	handler rt.Value
	ln      net.Listener
	host    string
	port    int
	mu      sync.Mutex
	srv     *http.Server
	closed  bool
	serving bool
}

func (s *serverObj) Type() *rt.Type { return serverType }

func (s *serverObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "port":
		return rt.MakeInt(int64(s.port)), nil
	case "host":
		return rt.Str(s.host), nil
	case "url":
		return rt.Str("http://" + net.JoinHostPort(s.host, strconv.Itoa(s.port))), nil
	case "handler":
		return s.handler, nil
	}
	return nil, nil
}

func (s *serverObj) Repr(th *rt.Thread) (string, error) {
	return "<http.Server http://" + net.JoinHostPort(s.host, strconv.Itoa(s.port)) + ">", nil
}

func newServerPy(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var handler rt.Value
	host := "127.0.0.1"
	port := 0
	if err := rt.UnpackArgs("Server", args, kwargs, "handler", &handler, "host?", &host, "port?", &port); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return nil, sockErr(err)
	}
	return &serverObj{handler: handler, ln: ln, host: host, port: ln.Addr().(*net.TCPAddr).Port}, nil
}

func (s *serverObj) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.closed = true
	if s.srv != nil {
		s.srv.Close()
	} else {
		s.ln.Close()
	}
}

// serve runs the server on th until th is cancelled or the server is
// closed; handlers run in a thread group opened here.
func (s *serverObj) serve(th *rt.Thread) (rt.Value, error) {
	s.mu.Lock()
	if s.closed || s.serving {
		s.mu.Unlock()
		return nil, rt.NewError(rt.RuntimeErrorType, "server is closed or already serving")
	}
	s.serving = true
	g := rt.NewThreadGroup(th, 0, 0, "http.Server:"+strconv.Itoa(s.port))
	if err := g.Enter(th); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	srv := &http.Server{Handler: &spindleHandler{s: s, g: g, th: th}, ReadHeaderTimeout: 30 * time.Second}
	s.srv = srv
	s.mu.Unlock()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(s.ln) }()
	bodyErr := th.Block("http.Server.serve on port "+strconv.Itoa(s.port), s, func(cancel <-chan struct{}) error {
		select {
		case <-cancel:
			s.close()
			<-done
			return rt.NewCancelled()
		case err := <-done:
			if errors.Is(err, http.ErrServerClosed) {
				return nil
			}
			return err
		}
	})
	if bodyErr != nil && !rt.IsCancelled(bodyErr) {
		bodyErr = rt.IOError(bodyErr, "")
	}
	s.close()
	return rt.None, g.Exit(th, bodyErr)
}

// spindleHandler runs on net/http's goroutines, one per connection,
// which all spawn the handler threads as the serving thread th: spawnMu
// serializes those spawns, since a thread's spawn state (its spawn
// pacing) is meant for one goroutine at a time.
type spindleHandler struct {
	s       *serverObj
	g       *rt.ThreadGroup
	th      *rt.Thread
	spawnMu sync.Mutex
}

type handlerResult struct {
	status  int
	headers http.Header
	body    []byte
}

func (h *spindleHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad request body", http.StatusBadRequest)
		return
	}
	req := newRequestObj(r, body)
	var res handlerResult
	h.spawnMu.Lock()
	fut, err := h.g.Spawn(h.th, func(c *rt.Thread) (rt.Value, error) {
		v, err := rt.Call(c, h.s.handler, []rt.Value{req}, nil)
		if err != nil {
			if e := rt.AsException(err); e != nil && e.Class.IsSubtype(rt.ExceptionType) {
				c.Env().Stderr.WriteString("Exception in http handler for " + r.Method + " " + r.URL.Path + ":\n")
				rt.PrintTraceback(c, c.Env().Stderr, e)
				res = handlerResult{status: 500, body: []byte("Internal Server Error\n")}
				return rt.None, nil
			}
			return nil, err
		}
		res, err = handlerResponse(c, v)
		if err != nil {
			c.Env().Stderr.WriteString("Exception in http handler for " + r.Method + " " + r.URL.Path + ":\n")
			rt.PrintTraceback(c, c.Env().Stderr, rt.AsException(err))
			res = handlerResult{status: 500, body: []byte("Internal Server Error\n")}
		}
		return rt.None, nil
	}, "http "+r.Method+" "+r.URL.Path, rt.SpawnSite{})
	h.spawnMu.Unlock()
	if err != nil {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	}
	select {
	case <-fut.DoneChan():
	case <-r.Context().Done():
		fut.Cancel()
		<-fut.DoneChan()
		return
	}
	if fut.Cancelled() || res.status == 0 {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	}
	for k, vs := range res.headers {
		w.Header()[k] = vs
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(res.body)))
	w.WriteHeader(res.status)
	w.Write(res.body)
}

// handlerResponse converts a handler's return value.
func handlerResponse(th *rt.Thread, v rt.Value) (handlerResult, error) {
	res := handlerResult{status: 200, headers: http.Header{}}
	if t, ok := v.(*rt.Tuple); ok {
		switch len(t.Items) {
		case 2:
			n, ok := rt.AsInt64(t.Items[0])
			if !ok {
				return res, rt.NewError(rt.TypeErrorType, "handler status must be int, not %s", rt.TypeName(t.Items[0]))
			}
			res.status = int(n)
			v = t.Items[1]
		case 3:
			n, ok := rt.AsInt64(t.Items[0])
			if !ok {
				return res, rt.NewError(rt.TypeErrorType, "handler status must be int, not %s", rt.TypeName(t.Items[0]))
			}
			res.status = int(n)
			if t.Items[1] != rt.None {
				items, err := rt.CallMethod(th, t.Items[1], "items", nil, nil)
				if err != nil {
					return res, err
				}
				pairs, err := rt.IterateAll(th, items)
				if err != nil {
					return res, err
				}
				for _, p := range pairs {
					kv := p.(*rt.Tuple).Items
					k, _ := rt.ToStr(th, kv[0])
					s, _ := rt.ToStr(th, kv[1])
					res.headers.Add(k, s)
				}
			}
			v = t.Items[2]
		default:
			return res, rt.NewError(rt.TypeErrorType, "handler must return (status, body) or (status, headers, body)")
		}
	}
	setCT := func(ct string) {
		if res.headers.Get("Content-Type") == "" {
			res.headers.Set("Content-Type", ct)
		}
	}
	switch x := v.(type) {
	case rt.Str:
		res.body = []byte(x)
		setCT("text/plain; charset=utf-8")
	case rt.Bytes:
		res.body = []byte(x)
		setCT("application/octet-stream")
	case *rt.Dict, *rt.List:
		s, err := jsonDumps(th, []rt.Value{x}, nil)
		if err != nil {
			return res, err
		}
		res.body = []byte(s.(rt.Str))
		setCT("application/json")
	default:
		if v == rt.None {
			if res.status == 200 {
				res.status = 204
			}
			return res, nil
		}
		b, err := bytesArg(v)
		if err != nil {
			return res, rt.NewError(rt.TypeErrorType, "handler returned %s (expected str, bytes, dict, list, None or a tuple)", rt.TypeName(v))
		}
		res.body = b
		setCT("application/octet-stream")
	}
	return res, nil
}

func newRequestObj(r *http.Request, body []byte) *recObj {
	o := newRec(requestType, nil)
	q := rt.NewDict()
	for k, vs := range r.URL.Query() {
		if len(vs) > 0 {
			q.SetStr(k, rt.Str(vs[0]))
		}
	}
	o.set("method", rt.Str(r.Method), true)
	o.set("path", rt.Str(r.URL.Path), true)
	o.set("query", q, false)
	o.set("query_string", rt.Str(r.URL.RawQuery), false)
	o.set("headers", &headersObj{h: r.Header}, false)
	o.set("body", rt.Bytes(body), false)
	o.set("text", rt.Str(strings.ToValidUTF8(string(body), "\ufffd")), false)
	o.set("remote_addr", rt.Str(r.RemoteAddr), false)
	o.set("url", rt.Str(r.URL.RequestURI()), false)
	return o
}

func initServer() {
	requestType.AddMethods(recMethod("json", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return jsonLoads(th, []rt.Value{o.get("text")}, nil)
	}))
	serverType.New = newServerPy
	srvMethod := func(name string, fn func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
		return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return fn(th, self.(*serverObj), args, kwargs)
		})
	}
	serverType.AddMethods(
		srvMethod("serve", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s.serve(th)
		}),
		srvMethod("serve_forever", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s.serve(th)
		}),
		srvMethod("close", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s.close()
			return rt.None, nil
		}),
		srvMethod("shutdown", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s.close()
			return rt.None, nil
		}),
		srvMethod("__enter__", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s, nil
		}),
		srvMethod("__exit__", func(th *rt.Thread, s *serverObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			s.close()
			return rt.None, nil
		}),
	)
}

var (
	_ rt.HasAttrs = (*serverObj)(nil)
	_ rt.HasRepr  = (*serverObj)(nil)
)
