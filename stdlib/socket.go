package stdlib

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// socket: TCP and UDP sockets over Go's net package.
//
// A socket object starts unconnected; bind() on a stream socket creates
// the listening socket at once (so getsockname() shows the port the
// kernel chose for port 0) and listen() only records the backlog;
// connect() dials; accept() returns a connected socket. Every blocking
// operation (accept, connect, recv, send, makefile reads and writes) is a
// cancellation checkpoint: the net.Conn's deadline is set in the past to
// wake it (runtime.DoCancellable). settimeout(t) becomes a deadline set
// before each operation; expiry raises TimeoutError('timed out')
// (socket.timeout is TimeoutError, as in 3.10+).
//
// A thread-per-connection server costs one parked goroutine per
// connection plus one short-lived watcher goroutine per blocking call.

const (
	afINET     = 2
	afINET6    = 10
	afUNIX     = 1
	sockSTREAM = 1
	sockDGRAM  = 2
)

var (
	socketType   = newModuleType("socket", "socket")
	gaierrorType = newModExc("gaierror", "socket", rt.OSErrorType)
	herrorType   = newModExc("herror", "socket", rt.OSErrorType)
)

type sockObj struct {
	mu       sync.Mutex
	family   int
	kind     int
	ln       net.Listener
	conn     net.Conn
	pconn    net.PacketConn
	bindAddr string
	reuse    bool
	timeout  time.Duration // < 0: blocking
	closed   bool
	opts     map[[2]int]int
}

func (s *sockObj) Type() *rt.Type { return socketType }

func (s *sockObj) Repr(th *rt.Thread) (string, error) {
	r := "<socket.socket fd=" + strconv.Itoa(s.fileno()) + ", family=" + strconv.Itoa(s.family) + ", type=" + strconv.Itoa(s.kind) + ", proto=0"
	if a := s.localAddr(); a != nil {
		r += ", laddr=" + addrRepr(a)
	}
	if s.conn != nil {
		r += ", raddr=" + addrRepr(s.conn.RemoteAddr())
	}
	return r + ">", nil
}

func addrRepr(a net.Addr) string {
	host, port := splitAddr(a)
	return "('" + host + "', " + strconv.Itoa(port) + ")"
}

func splitAddr(a net.Addr) (string, int) {
	switch x := a.(type) {
	case *net.TCPAddr:
		return x.IP.String(), x.Port
	case *net.UDPAddr:
		return x.IP.String(), x.Port
	}
	h, p, _ := net.SplitHostPort(a.String())
	n, _ := strconv.Atoi(p)
	return h, n
}

func addrValue(a net.Addr) rt.Value {
	if a == nil {
		return tuple2(rt.Str("0.0.0.0"), rt.MakeInt(0))
	}
	if u, ok := a.(*net.UnixAddr); ok {
		return rt.Str(u.Name)
	}
	h, p := splitAddr(a)
	if ip := net.ParseIP(h); ip != nil && ip.To4() == nil {
		return rt.NewTuple([]rt.Value{rt.Str(h), rt.MakeInt(int64(p)), rt.MakeInt(0), rt.MakeInt(0)})
	}
	return tuple2(rt.Str(h), rt.MakeInt(int64(p)))
}

func (s *sockObj) localAddr() net.Addr {
	switch {
	case s.ln != nil:
		return s.ln.Addr()
	case s.conn != nil:
		return s.conn.LocalAddr()
	case s.pconn != nil:
		return s.pconn.LocalAddr()
	}
	return nil
}

func (s *sockObj) fileno() int {
	if s.closed {
		return -1
	}
	var sc syscall.Conn
	switch {
	case s.ln != nil:
		sc, _ = s.ln.(syscall.Conn)
	case s.conn != nil:
		sc, _ = s.conn.(syscall.Conn)
	case s.pconn != nil:
		sc, _ = s.pconn.(syscall.Conn)
	}
	if sc == nil {
		return -1
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	raw.Control(func(u uintptr) { fd = int(u) })
	return fd
}

// addrArg converts (host, port) to "host:port".
func (s *sockObj) addrArg(th *rt.Thread, v rt.Value) (string, error) {
	if s.family == afUNIX {
		p, err := pathArg(th, "socket", v)
		return p, err
	}
	t, ok := v.(*rt.Tuple)
	if !ok || len(t.Items) < 2 {
		if s.family == afINET6 {
			return "", rt.NewError(rt.TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		return "", rt.NewError(rt.TypeErrorType, "AF_INET address must be tuple, not %s", rt.TypeName(v))
	}
	host, ok := t.Items[0].(rt.Str)
	if !ok {
		return "", rt.NewError(rt.TypeErrorType, "str, bytes or bytearray expected, not %s", rt.TypeName(t.Items[0]))
	}
	port, ok := rt.AsInt64(t.Items[1])
	if !ok {
		return "", rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(t.Items[1]))
	}
	if port < 0 || port > 65535 {
		return "", rt.NewError(rt.OverflowErrorType, "bind(): port must be 0-65535.")
	}
	h := string(host)
	if h == "" {
		h = "0.0.0.0"
		if s.family == afINET6 {
			h = "::"
		}
	}
	if h == "localhost" {
		h = "127.0.0.1"
	}
	return net.JoinHostPort(h, strconv.Itoa(int(port))), nil
}

func (s *sockObj) network() string {
	switch {
	case s.family == afUNIX && s.kind == sockDGRAM:
		return "unixgram"
	case s.family == afUNIX:
		return "unix"
	case s.kind == sockDGRAM && s.family == afINET6:
		return "udp6"
	case s.kind == sockDGRAM:
		return "udp4"
	case s.family == afINET6:
		return "tcp6"
	}
	return "tcp4"
}

func (s *sockObj) listenConfig() *net.ListenConfig {
	reuse := s.reuse
	return &net.ListenConfig{Control: func(network, address string, c syscall.RawConn) error {
		var serr error
		c.Control(func(fd uintptr) {
			if reuse {
				serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
			}
		})
		return serr
	}}
}

// deadline returns the deadline for an operation starting now.
func (s *sockObj) deadline() time.Time {
	if s.timeout < 0 {
		return time.Time{}
	}
	if s.timeout == 0 {
		return time.Now() // non-blocking: fail at once if it would block
	}
	return time.Now().Add(s.timeout)
}

func errClosedSocket() error {
	return rt.NewOSError(rt.OSErrorType, int(syscall.EBADF), "Bad file descriptor", "")
}

func sockErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return rt.NewError(rt.TimeoutErrorType, "timed out")
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &rt.Exception{Class: gaierrorType, Args: []rt.Value{rt.MakeInt(-2), rt.Str("Name or service not known")}}
	}
	return rt.IOError(err, "")
}

func (s *sockObj) bind(th *rt.Thread, addr rt.Value) error {
	a, err := s.addrArg(th, addr)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosedSocket()
	}
	if s.ln != nil || s.pconn != nil {
		return rt.NewOSError(rt.OSErrorType, int(syscall.EINVAL), "Invalid argument", "")
	}
	lc := s.listenConfig()
	if s.kind == sockDGRAM {
		pc, err := lc.ListenPacket(context.Background(), s.network(), a)
		if err != nil {
			return sockErr(err)
		}
		s.pconn = pc
		return nil
	}
	ln, err := lc.Listen(context.Background(), s.network(), a)
	if err != nil {
		return sockErr(err)
	}
	s.ln = ln
	s.bindAddr = a
	return nil
}

func (s *sockObj) connect(th *rt.Thread, addr rt.Value) error {
	a, err := s.addrArg(th, addr)
	if err != nil {
		return err
	}
	if s.closed {
		return errClosedSocket()
	}
	if s.conn != nil {
		return rt.NewOSError(rt.OSErrorType, int(syscall.EISCONN), "Transport endpoint is already connected", "")
	}
	ctx, cancelCtx := context.WithCancel(context.Background())
	defer cancelCtx()
	if s.timeout >= 0 {
		var c2 context.CancelFunc
		ctx, c2 = context.WithDeadline(ctx, s.deadline())
		defer c2()
	}
	var conn net.Conn
	err = th.Block("socket.connect "+a, s, func(cancel <-chan struct{}) error {
		go func() {
			select {
			case <-cancel:
				cancelCtx()
			case <-ctx.Done():
			}
		}()
		var d net.Dialer
		c, err := d.DialContext(ctx, s.network(), a)
		conn = c
		return err
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return rt.NewError(rt.TimeoutErrorType, "timed out")
		}
		return sockErr(err)
	}
	if s.kind == sockDGRAM {
		s.pconn = nil
	}
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	return nil
}

func (s *sockObj) accept(th *rt.Thread) (*sockObj, error) {
	ln := s.ln
	if s.closed || ln == nil {
		if s.closed {
			return nil, errClosedSocket()
		}
		return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EINVAL), "Invalid argument", "")
	}
	dl, ok := ln.(interface{ SetDeadline(time.Time) error })
	if !ok {
		return nil, rt.NewError(rt.OSErrorType, "accept not supported")
	}
	var c net.Conn
	err := rt.DoCancellable(th, "socket.accept", s, rt.AcceptDir(ln, dl.SetDeadline), s.deadline(),
		func() error {
			var e error
			c, e = ln.Accept()
			return e
		})
	if err != nil {
		return nil, sockErr(err)
	}
	ns := &sockObj{family: s.family, kind: s.kind, conn: c, timeout: -1}
	if s.timeout > 0 {
		ns.timeout = -1 // CPython: accepted sockets are blocking unless a default timeout is set
	}
	return ns, nil
}

func (s *sockObj) stream() (net.Conn, error) {
	if s.closed {
		return nil, errClosedSocket()
	}
	if s.conn == nil {
		return nil, rt.NewOSError(rt.OSErrorType, int(syscall.ENOTCONN), "Transport endpoint is not connected", "")
	}
	return s.conn, nil
}

func (s *sockObj) recv(th *rt.Thread, buf []byte) (int, error) {
	c, err := s.stream()
	if err != nil {
		return 0, err
	}
	n, err := rt.ReadCancellable(th, c, c, buf, s.deadline(), "socket.recv", s)
	if err == io.EOF {
		return 0, nil
	}
	if err != nil {
		return n, sockErr(err)
	}
	return n, nil
}

func (s *sockObj) send(th *rt.Thread, data []byte) (int, error) {
	c, err := s.stream()
	if err != nil {
		return 0, err
	}
	n, err := rt.WriteCancellable(th, c, c, data, s.deadline(), "socket.send", s)
	if err != nil {
		if errors.Is(err, syscall.EPIPE) {
			return n, rt.NewOSError(rt.BrokenPipeErrorType, int(syscall.EPIPE), "Broken pipe", "")
		}
		return n, sockErr(err)
	}
	return n, nil
}

func (s *sockObj) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if s.ln != nil {
		err = s.ln.Close()
	}
	if s.conn != nil {
		err = s.conn.Close()
	}
	if s.pconn != nil {
		err = s.pconn.Close()
	}
	_ = err
	return nil
}

func sockSelf(self rt.Value) *sockObj { return self.(*sockObj) }

func sockMethod(name string, fn func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		s, ok := self.(*sockObj)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'socket' object", name)
		}
		return fn(th, s, args, kwargs)
	})
}

func (s *sockObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "family":
		return rt.MakeInt(int64(s.family)), nil
	case "type":
		return rt.MakeInt(int64(s.kind)), nil
	case "proto":
		return rt.MakeInt(0), nil
	case "timeout":
		return s.timeoutValue(), nil
	}
	return nil, nil
}

func (s *sockObj) timeoutValue() rt.Value {
	if s.timeout < 0 {
		return rt.None
	}
	return rt.Float(s.timeout.Seconds())
}

func newSocketPy(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	family, kind, proto := afINET, sockSTREAM, 0
	var fileno rt.Value = rt.None
	if err := rt.UnpackArgs("socket", args, kwargs, "family?", &family, "type?", &kind, "proto?", &proto, "fileno?", &fileno); err != nil {
		return nil, err
	}
	if family == -1 {
		family = afINET
	}
	if kind == -1 {
		kind = sockSTREAM
	}
	if family != afINET && family != afINET6 && family != afUNIX {
		return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EAFNOSUPPORT), "Address family not supported by protocol", "")
	}
	kind &^= syscall.SOCK_CLOEXEC | syscall.SOCK_NONBLOCK
	if kind != sockSTREAM && kind != sockDGRAM {
		return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EPROTONOSUPPORT), "Protocol not supported", "")
	}
	return &sockObj{family: family, kind: kind, timeout: defaultTimeout()}, nil
}

var defaultSockTimeout = struct {
	sync.Mutex
	d time.Duration
}{d: -1}

func defaultTimeout() time.Duration {
	defaultSockTimeout.Lock()
	defer defaultSockTimeout.Unlock()
	return defaultSockTimeout.d
}

func parseTimeout(v rt.Value) (time.Duration, error) {
	if v == rt.None {
		return -1, nil
	}
	f, ok := rt.AsFloat(v)
	if !ok {
		return 0, rt.NewError(rt.TypeErrorType, "Timeout value must be int, float or None")
	}
	if f < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "Timeout value out of range")
	}
	return time.Duration(f * float64(time.Second)), nil
}

// loadSocketModule makes the socket module (registered in modules.go).
func loadSocketModule() *rt.Module {
	setupSocketTypes()
	return newSocketModule()
}

// socketSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var socketSetup sync.Once

func setupSocketTypes() { socketSetup.Do(initSocketTypes) }

func initSocketTypes() {
	socketType.New = newSocketPy
	socketType.AddMethods(
		sockMethod("bind", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a, err := oneArg("bind", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.None, s.bind(th, a)
		}),
		sockMethod("listen", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if s.closed {
				return nil, errClosedSocket()
			}
			if s.ln == nil {
				// listen() without bind(): an ephemeral port on all interfaces.
				if err := s.bind(th, tuple2(rt.Str(""), rt.MakeInt(0))); err != nil {
					return nil, err
				}
			}
			return rt.None, nil
		}),
		sockMethod("accept", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			ns, err := s.accept(th)
			if err != nil {
				return nil, err
			}
			return tuple2(ns, addrValue(ns.conn.RemoteAddr())), nil
		}),
		sockMethod("connect", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a, err := oneArg("connect", args, kwargs)
			if err != nil {
				return nil, err
			}
			return rt.None, s.connect(th, a)
		}),
		sockMethod("connect_ex", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			a, err := oneArg("connect_ex", args, kwargs)
			if err != nil {
				return nil, err
			}
			if err := s.connect(th, a); err != nil {
				if e, ok := err.(*rt.Exception); ok && e.Class.IsSubtype(rt.OSErrorType) && len(e.Args) == 2 {
					return e.Args[0], nil
				}
				return nil, err
			}
			return rt.MakeInt(0), nil
		}),
		sockMethod("recv", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n, flags int
			if err := rt.UnpackArgs("recv", args, kwargs, "bufsize", &n, "flags?", &flags); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, rt.NewError(rt.ValueErrorType, "negative buffersize in recv")
			}
			if s.kind == sockDGRAM && s.conn == nil {
				b, _, err := s.recvfrom(th, n)
				return b, err
			}
			buf := make([]byte, n)
			got, err := s.recv(th, buf)
			if err != nil {
				return nil, err
			}
			return rt.Bytes(buf[:got]), nil
		}),
		sockMethod("recv_into", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var bufv rt.Value
			var n, flags int
			if err := rt.UnpackArgs("recv_into", args, kwargs, "buffer", &bufv, "nbytes?", &n, "flags?", &flags); err != nil {
				return nil, err
			}
			ba, ok := bufv.(*rt.ByteArray)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "recv_into() argument 'buffer' must be read-write bytes-like object, not %s", rt.TypeName(bufv))
			}
			size := len(ba.Bytes())
			if n == 0 || n > size {
				n = size
			}
			buf := make([]byte, n)
			got, err := s.recv(th, buf)
			if err != nil {
				return nil, err
			}
			if err := ba.SetItem(th, rt.NewSlice(rt.MakeInt(0), rt.MakeInt(int64(got)), rt.None), rt.Bytes(buf[:got])); err != nil {
				return nil, err
			}
			return rt.MakeInt(int64(got)), nil
		}),
		sockMethod("recvfrom", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var n, flags int
			if err := rt.UnpackArgs("recvfrom", args, kwargs, "bufsize", &n, "flags?", &flags); err != nil {
				return nil, err
			}
			b, a, err := s.recvfrom(th, n)
			if err != nil {
				return nil, err
			}
			return tuple2(b, a), nil
		}),
		sockMethod("sendto", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 2 {
				return nil, rt.NewError(rt.TypeErrorType, "sendto() takes 2 arguments (%d given)", len(args))
			}
			data, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			a, err := s.addrArg(th, args[1])
			if err != nil {
				return nil, err
			}
			if s.pconn == nil {
				pc, err := net.ListenPacket(s.network(), ":0")
				if err != nil {
					return nil, sockErr(err)
				}
				s.pconn = pc
			}
			ua, err := net.ResolveUDPAddr("udp", a)
			if err != nil {
				return nil, sockErr(err)
			}
			n, err := s.pconn.WriteTo(data, ua)
			if err != nil {
				return nil, sockErr(err)
			}
			return rt.MakeInt(int64(n)), nil
		}),
		sockMethod("send", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			var flags int
			if err := rt.UnpackArgs("send", args, kwargs, "data", &data, "flags?", &flags); err != nil {
				return nil, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return nil, err
			}
			n, err := s.send(th, b)
			if err != nil {
				return nil, err
			}
			return rt.MakeInt(int64(n)), nil
		}),
		sockMethod("sendall", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var data rt.Value
			var flags int
			if err := rt.UnpackArgs("sendall", args, kwargs, "data", &data, "flags?", &flags); err != nil {
				return nil, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return nil, err
			}
			_, err = s.send(th, b)
			return rt.None, err
		}),
		sockMethod("close", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, s.close()
		}),
		sockMethod("detach", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			fd := s.fileno()
			return rt.MakeInt(int64(fd)), nil
		}),
		sockMethod("shutdown", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var how int
			if err := rt.UnpackArgs("shutdown", args, kwargs, "how", &how); err != nil {
				return nil, err
			}
			c, err := s.stream()
			if err != nil {
				return nil, err
			}
			type halfCloser interface {
				CloseRead() error
				CloseWrite() error
			}
			hc, ok := c.(halfCloser)
			if !ok {
				return rt.None, nil
			}
			switch how {
			case syscall.SHUT_RD:
				err = hc.CloseRead()
			case syscall.SHUT_WR:
				err = hc.CloseWrite()
			case syscall.SHUT_RDWR:
				hc.CloseRead()
				err = hc.CloseWrite()
			default:
				return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EINVAL), "Invalid argument", "")
			}
			return rt.None, sockErr(err)
		}),
		sockMethod("settimeout", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("settimeout", args, kwargs)
			if err != nil {
				return nil, err
			}
			d, err := parseTimeout(v)
			if err != nil {
				return nil, err
			}
			s.timeout = d
			return rt.None, nil
		}),
		sockMethod("gettimeout", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s.timeoutValue(), nil
		}),
		sockMethod("setblocking", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("setblocking", args, kwargs)
			if err != nil {
				return nil, err
			}
			if rt.Truthy(v) {
				s.timeout = -1
			} else {
				s.timeout = 0
			}
			return rt.None, nil
		}),
		sockMethod("getblocking", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Bool(s.timeout != 0), nil
		}),
		sockMethod("getsockname", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if s.closed {
				return nil, errClosedSocket()
			}
			return addrValue(s.localAddr()), nil
		}),
		sockMethod("getpeername", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			c, err := s.stream()
			if err != nil {
				return nil, err
			}
			return addrValue(c.RemoteAddr()), nil
		}),
		sockMethod("setsockopt", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) != 3 {
				return nil, rt.NewError(rt.TypeErrorType, "setsockopt() takes exactly 3 arguments (%d given)", len(args))
			}
			level, _ := rt.AsInt64(args[0])
			opt, _ := rt.AsInt64(args[1])
			val, _ := rt.AsInt64(args[2])
			if s.opts == nil {
				s.opts = map[[2]int]int{}
			}
			s.opts[[2]int{int(level), int(opt)}] = int(val)
			if level == syscall.SOL_SOCKET && opt == syscall.SO_REUSEADDR {
				s.reuse = val != 0
			}
			if tc, ok := s.conn.(*net.TCPConn); ok && level == syscall.IPPROTO_TCP && opt == syscall.TCP_NODELAY {
				tc.SetNoDelay(val != 0)
			}
			return rt.None, nil
		}),
		sockMethod("getsockopt", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if len(args) < 2 {
				return nil, rt.NewError(rt.TypeErrorType, "getsockopt() takes at least 2 arguments")
			}
			level, _ := rt.AsInt64(args[0])
			opt, _ := rt.AsInt64(args[1])
			if level == syscall.SOL_SOCKET && opt == syscall.SO_TYPE {
				return rt.MakeInt(int64(s.kind)), nil
			}
			return rt.MakeInt(int64(s.opts[[2]int{int(level), int(opt)}])), nil
		}),
		sockMethod("fileno", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.MakeInt(int64(s.fileno())), nil
		}),
		sockMethod("makefile", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			mode := "r"
			var buffering rt.Value = rt.None
			var enc, errs, nl rt.Value = rt.None, rt.None, rt.None
			if err := rt.UnpackArgs("makefile", args, kwargs, "mode?", &mode, "buffering?", &buffering, "*", "encoding?", &enc, "errors?", &errs, "newline?", &nl); err != nil {
				return nil, err
			}
			c, err := s.stream()
			if err != nil {
				return nil, err
			}
			for _, ch := range mode {
				if ch != 'r' && ch != 'w' && ch != 'b' {
					return nil, rt.NewError(rt.ValueErrorType, "invalid mode %s (only r, w, b allowed)", mode)
				}
			}
			o := rt.FileOptions{Buffering: -1}
			if e, ok := enc.(rt.Str); ok {
				o.Encoding = string(e)
			}
			if e, ok := errs.(rt.Str); ok {
				o.Errors = string(e)
			}
			if e, ok := nl.(rt.Str); ok {
				str := string(e)
				o.Newline = &str
			}
			fm := mode
			if len(mode) >= 2 && mode[0] == 'r' && mode[1] == 'w' || mode == "rwb" {
				fm = "r+" + map[bool]string{true: "b", false: ""}[len(mode) > 2 || mode[len(mode)-1] == 'b']
			}
			o.Deadline = s.deadline // CPython: the file's reads and writes honour settimeout
			return rt.NewStreamFile(c, rt.MakeInt(int64(s.fileno())), fm, o), nil
		}),
		sockMethod("__enter__", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return s, nil
		}),
		sockMethod("__exit__", func(th *rt.Thread, s *sockObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, s.close()
		}),
	)
}

func (s *sockObj) recvfrom(th *rt.Thread, n int) (rt.Value, rt.Value, error) {
	pc := s.pconn
	if s.closed {
		return nil, nil, errClosedSocket()
	}
	if pc == nil {
		return nil, nil, rt.NewOSError(rt.OSErrorType, int(syscall.EINVAL), "Invalid argument", "")
	}
	buf := make([]byte, n)
	var got int
	var from net.Addr
	err := rt.DoCancellable(th, "socket.recvfrom", s, rt.ReadDir(pc), s.deadline(),
		func() error {
			var e error
			got, from, e = pc.ReadFrom(buf)
			return e
		})
	if err != nil {
		return nil, nil, sockErr(err)
	}
	return rt.Bytes(buf[:got]), addrValue(from), nil
}

func newSocketModule() *rt.Module {
	m := rt.NewModule("socket")
	d := m.Dict
	d.SetStr("socket", socketType)
	d.SetStr("SocketType", socketType)
	d.SetStr("error", rt.OSErrorType)
	d.SetStr("timeout", rt.TimeoutErrorType)
	d.SetStr("gaierror", gaierrorType)
	d.SetStr("herror", herrorType)
	for name, v := range map[string]int{
		"AF_INET": afINET, "AF_INET6": afINET6, "AF_UNIX": afUNIX, "AF_UNSPEC": 0,
		"SOCK_STREAM": sockSTREAM, "SOCK_DGRAM": sockDGRAM, "SOCK_NONBLOCK": syscall.SOCK_NONBLOCK, "SOCK_CLOEXEC": syscall.SOCK_CLOEXEC,
		"SOL_SOCKET": syscall.SOL_SOCKET, "SO_REUSEADDR": syscall.SO_REUSEADDR, "SO_REUSEPORT": 15,
		"SO_KEEPALIVE": syscall.SO_KEEPALIVE, "SO_RCVBUF": syscall.SO_RCVBUF, "SO_SNDBUF": syscall.SO_SNDBUF, "SO_TYPE": syscall.SO_TYPE,
		"SO_BROADCAST": syscall.SO_BROADCAST, "SO_LINGER": syscall.SO_LINGER,
		"IPPROTO_TCP": syscall.IPPROTO_TCP, "IPPROTO_UDP": syscall.IPPROTO_UDP, "IPPROTO_IP": 0, "TCP_NODELAY": syscall.TCP_NODELAY,
		"SHUT_RD": syscall.SHUT_RD, "SHUT_WR": syscall.SHUT_WR, "SHUT_RDWR": syscall.SHUT_RDWR,
		"SOMAXCONN": 4096, "AI_PASSIVE": 1, "INADDR_ANY": 0,
	} {
		d.SetStr(name, rt.MakeInt(int64(v)))
	}
	addFuncs(m,
		rt.NewFunc("create_connection", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var addr rt.Value
			var to, src rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("create_connection", args, kwargs, "address", &addr, "timeout?", &to, "source_address?", &src, "*", "all_errors?", new(rt.Value)); err != nil {
				return nil, err
			}
			d := defaultTimeout()
			if to != rt.None {
				var err error
				if d, err = parseTimeout(to); err != nil {
					return nil, err
				}
			}
			fam := afINET
			if t, ok := addr.(*rt.Tuple); ok && len(t.Items) > 0 {
				if h, ok := t.Items[0].(rt.Str); ok {
					if ip := net.ParseIP(string(h)); ip != nil && ip.To4() == nil {
						fam = afINET6
					}
				}
			}
			s := &sockObj{family: fam, kind: sockSTREAM, timeout: d}
			if err := s.connect(th, addr); err != nil {
				return nil, err
			}
			return s, nil
		}),
		rt.NewFunc("create_server", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var addr rt.Value
			family := afINET
			var backlog rt.Value = rt.None
			reusePort, dual := false, false
			if err := rt.UnpackArgs("create_server", args, kwargs, "address", &addr, "*", "family?", &family, "backlog?", &backlog, "reuse_port?", &reusePort, "dualstack_ipv6?", &dual); err != nil {
				return nil, err
			}
			s := &sockObj{family: family, kind: sockSTREAM, timeout: -1, reuse: true}
			if err := s.bind(th, addr); err != nil {
				return nil, err
			}
			return s, nil
		}),
		rt.NewFunc("gethostname", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			h, err := os.Hostname()
			if err != nil {
				return nil, rt.IOError(err, "")
			}
			return rt.Str(h), nil
		}),
		rt.NewFunc("gethostbyname", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var h string
			if err := rt.UnpackArgs("gethostbyname", args, kwargs, "hostname", &h); err != nil {
				return nil, err
			}
			if h == "localhost" || h == "" {
				return rt.Str("127.0.0.1"), nil
			}
			ips, err := net.LookupIP(h)
			if err != nil {
				return nil, sockErr(err)
			}
			for _, ip := range ips {
				if ip4 := ip.To4(); ip4 != nil {
					return rt.Str(ip4.String()), nil
				}
			}
			return nil, sockErr(&net.DNSError{Err: "no IPv4 address", Name: h})
		}),
		rt.NewFunc("getdefaulttimeout", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := defaultTimeout()
			if d < 0 {
				return rt.None, nil
			}
			return rt.Float(d.Seconds()), nil
		}),
		rt.NewFunc("setdefaulttimeout", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			v, err := oneArg("setdefaulttimeout", args, kwargs)
			if err != nil {
				return nil, err
			}
			d, err := parseTimeout(v)
			if err != nil {
				return nil, err
			}
			defaultSockTimeout.Lock()
			defaultSockTimeout.d = d
			defaultSockTimeout.Unlock()
			return rt.None, nil
		}),
		rt.NewFunc("socketpair", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
			if err != nil {
				return nil, rt.IOError(err, "")
			}
			mk := func(fd int) (rt.Value, error) {
				syscall.SetNonblock(fd, true)
				f := os.NewFile(uintptr(fd), "socketpair")
				c, err := net.FileConn(f)
				f.Close()
				if err != nil {
					return nil, rt.IOError(err, "")
				}
				return &sockObj{family: afUNIX, kind: sockSTREAM, conn: c, timeout: -1}, nil
			}
			a, err := mk(fds[0])
			if err != nil {
				return nil, err
			}
			b, err := mk(fds[1])
			if err != nil {
				return nil, err
			}
			return tuple2(a, b), nil
		}),
		rt.NewFunc("getaddrinfo", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var host, port rt.Value
			family, kind, proto, flags := 0, 0, 0, 0
			if err := rt.UnpackArgs("getaddrinfo", args, kwargs, "host", &host, "port", &port, "family?", &family, "type?", &kind, "proto?", &proto, "flags?", &flags); err != nil {
				return nil, err
			}
			h := "0.0.0.0"
			if s, ok := host.(rt.Str); ok {
				h = string(s)
			}
			p, _ := rt.AsInt64(port)
			if s, ok := port.(rt.Str); ok {
				n, _ := strconv.Atoi(string(s))
				p = int64(n)
			}
			var ips []string
			if h == "localhost" {
				ips = []string{"127.0.0.1"}
			} else if ip := net.ParseIP(h); ip != nil {
				ips = []string{ip.String()}
			} else {
				addrs, err := net.LookupHost(h)
				if err != nil {
					return nil, sockErr(err)
				}
				ips = addrs
			}
			var out []rt.Value
			kinds := []int{sockSTREAM, sockDGRAM}
			if kind != 0 {
				kinds = []int{kind}
			}
			for _, ip := range ips {
				fam := afINET
				var sa rt.Value = tuple2(rt.Str(ip), rt.MakeInt(p))
				if net.ParseIP(ip).To4() == nil {
					fam = afINET6
					sa = rt.NewTuple([]rt.Value{rt.Str(ip), rt.MakeInt(p), rt.MakeInt(0), rt.MakeInt(0)})
				}
				if family != 0 && family != fam {
					continue
				}
				for _, k := range kinds {
					pr := syscall.IPPROTO_TCP
					if k == sockDGRAM {
						pr = syscall.IPPROTO_UDP
					}
					out = append(out, rt.NewTuple([]rt.Value{rt.MakeInt(int64(fam)), rt.MakeInt(int64(k)), rt.MakeInt(int64(pr)), rt.Str(""), sa}))
				}
			}
			return rt.NewList(out), nil
		}),
	)
	return m
}

var (
	_ rt.HasAttrs = (*sockObj)(nil)
	_ rt.HasRepr  = (*sockObj)(nil)
)
