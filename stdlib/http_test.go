package stdlib

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

func httpModuleFunc(t *testing.T, name string) rt.Value {
	t.Helper()
	v, ok := rt.BuiltinModules["http"]().Dict.GetStr(name)
	require.True(t, ok)
	return v
}

func attr(t *testing.T, v rt.Value, name string) rt.Value {
	t.Helper()
	a, err := rt.GetAttr(rt.NewThread("main"), v, name)
	require.NoError(t, err)
	return a
}

// The client against a Go httptest server: params, json body, headers,
// status and the Response attributes.
func TestHTTPClientAgainstGoServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Method", r.Method)
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(r.URL.RawQuery + "|" + string(body) + "|" + r.Header.Get("Content-Type")))
	}))
	defer srv.Close()
	th := rt.NewThread("main")
	params := rt.NewDict()
	params.SetStr("q", rt.Str("a b"))
	js := rt.NewDict()
	js.SetStr("k", rt.MakeInt(1))
	r, err := rt.Call(th, httpModuleFunc(t, "post"), []rt.Value{rt.Str(srv.URL + "/x")},
		[]rt.KwArg{{Name: "params", Value: params}, {Name: "json", Value: js}})
	require.NoError(t, err)
	require.Equal(t, rt.MakeInt(200), attr(t, r, "status_code"))
	require.Equal(t, rt.Str(`q=a+b|{"k": 1}|application/json`), attr(t, r, "text"))
	h := attr(t, r, "headers").(*headersObj)
	v, err := h.GetItem(th, rt.Str("x-method"))
	require.NoError(t, err)
	require.Equal(t, rt.Str("POST"), v)

	r, err = rt.Call(th, httpModuleFunc(t, "get"), []rt.Value{rt.Str(srv.URL + "/missing")}, nil)
	require.NoError(t, err)
	require.Equal(t, rt.False, attr(t, r, "ok"))
	_, err = rt.CallMethod(th, r, "raise_for_status", nil, nil)
	require.True(t, rt.IsExc(err, httpErrorType))
}

func TestHTTPConnectionErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	th := rt.NewThread("main")
	_, err = rt.Call(th, httpModuleFunc(t, "get"), []rt.Value{rt.Str("http://" + addr + "/")}, nil)
	require.True(t, rt.IsExc(err, rt.ConnectionErrorType), "got %v", err)
	require.True(t, rt.IsExc(err, rt.OSErrorType))

	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(500 * time.Millisecond)
	}))
	defer slow.Close()
	start := time.Now()
	_, err = rt.Call(th, httpModuleFunc(t, "get"), []rt.Value{rt.Str(slow.URL)}, []rt.KwArg{{Name: "timeout", Value: rt.Float(0.05)}})
	require.True(t, rt.IsExc(err, rt.TimeoutErrorType), "got %v", err)
	require.Less(t, time.Since(start), 400*time.Millisecond)
}

// Cancelling the requesting thread aborts the request promptly.
func TestHTTPRequestCancellable(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	th := rt.NewThread("main")
	s := rt.NewCancelScope(50*time.Millisecond, false)
	s.Enter(th)
	start := time.Now()
	_, err := rt.Call(th, httpModuleFunc(t, "get"), []rt.Value{rt.Str(slow.URL)}, nil)
	err = s.Exit(th, err)
	require.True(t, rt.IsExc(err, rt.TimeoutErrorType), "got %v", err)
	require.Less(t, time.Since(start), time.Second)
}

func TestURLQuote(t *testing.T) {
	require.Equal(t, "a%20b/c", quote("a b/c", "/"))
	require.Equal(t, "a+b%2Fc", quotePlus("a b/c", ""))
	require.Equal(t, "a bé%zz", unquote("a%20b%C3%A9%zz"))
	require.Equal(t, [5]string{"http", "h:1", "/p", "q=1", "f"}, urlsplit("HTTP://h:1/p?q=1#f", "", true))
}
