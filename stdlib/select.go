package stdlib

import (
	"math"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The select module: select.select and select.poll over the poll(2)
// system call (select_linux.go). Any descriptor works: sockets, pipes,
// files, terminals, and objects with a fileno() method.
//
// A wait that can block is a cancellation checkpoint (LANGUAGE.md §2.5)
// and shows as I/O to the deadlock detector (Thread.Block): the call
// polls one more descriptor, the read end of a pipe made for the call,
// which a watcher goroutine writes to when the thread is cancelled.
// A zero timeout never blocks and makes no pipe.

// pollFd is one descriptor to poll and what came back.
type pollFd struct {
	fd      int
	events  int16
	revents int16
}

// poll(2) event bits (Linux values; CPython exposes them as select.POLL*).
const (
	pollIn     = 0x1
	pollPri    = 0x2
	pollOut    = 0x4
	pollErr    = 0x8
	pollHup    = 0x10
	pollNval   = 0x20
	pollRdNorm = 0x40
	pollRdBand = 0x80
	pollWrNorm = 0x100
	pollWrBand = 0x200
	pollMsg    = 0x400
	pollRdHup  = 0x2000
)

// fdSetSize is select()'s limit on descriptor numbers (FD_SETSIZE):
// CPython's select.select refuses larger ones; poll has none.
const fdSetSize = 1024

var selectPollType = newModuleType("poll", "select")

func loadSelectModule() *rt.Module {
	m := rt.NewModule("select")
	m.Dict.SetStr("select", rt.NewFunc("select", selectSelect))
	m.Dict.SetStr("poll", rt.NewFunc("poll", newSelectPoll))
	m.Dict.SetStr("error", rt.OSErrorType)
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"POLLIN", pollIn}, {"POLLPRI", pollPri}, {"POLLOUT", pollOut},
		{"POLLERR", pollErr}, {"POLLHUP", pollHup}, {"POLLNVAL", pollNval},
		{"POLLRDNORM", pollRdNorm}, {"POLLRDBAND", pollRdBand},
		{"POLLWRNORM", pollWrNorm}, {"POLLWRBAND", pollWrBand},
		{"POLLMSG", pollMsg}, {"POLLRDHUP", pollRdHup},
		{"PIPE_BUF", 4096},
	} {
		m.Dict.SetStr(c.name, rt.MakeInt(c.v))
	}
	selectPollType.AddMethods(
		pollMethod("register", pollRegister),
		pollMethod("modify", pollModify),
		pollMethod("unregister", pollUnregister),
		pollMethod("poll", pollPoll),
	)
	return m
}

// selectFd is the descriptor of a select() item: an int or the result
// of its fileno() method.
func selectFd(th *rt.Thread, v rt.Value) (int, error) {
	if !rt.IsIntValue(v) {
		if ok, _ := rt.HasAttr(th, v, "fileno"); !ok {
			return 0, rt.NewError(rt.TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
		r, err := rt.CallMethod(th, v, "fileno", nil, nil)
		if err != nil {
			return 0, err
		}
		if !rt.IsIntValue(r) {
			return 0, rt.NewError(rt.TypeErrorType, "fileno() returned a non-integer")
		}
		v = r
	}
	fd, ok := rt.AsInt64(v)
	if !ok || fd > math.MaxInt32 || fd < math.MinInt32 {
		return 0, rt.NewError(rt.OverflowErrorType, "Python int too large to convert to C int")
	}
	if fd < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return int(fd), nil
}

// selectTimeout converts select()'s timeout (seconds, None: no limit,
// returned as -1).
func selectTimeout(v rt.Value) (time.Duration, error) {
	if v == rt.None {
		return -1, nil
	}
	f, ok := rt.AsFloat(v)
	if _, isFloat := v.(rt.Float); !ok || !(isFloat || rt.IsIntValue(v)) {
		return 0, rt.NewError(rt.TypeErrorType, "timeout must be a float or None")
	}
	if math.IsNaN(f) {
		return 0, rt.NewError(rt.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "timeout must be non-negative")
	}
	if f > float64(math.MaxInt64/int64(time.Second)) {
		return 0, rt.NewError(rt.OverflowErrorType, "timeout doesn't fit into C timeval")
	}
	return time.Duration(math.Ceil(f * 1e9)), nil
}

// selectSelect is select.select(rlist, wlist, xlist, timeout=None): the
// items of each list that are ready, in their order.
func selectSelect(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var lists [3]rt.Value
	var timeoutArg rt.Value = rt.None
	if err := rt.UnpackArgs("select", args, kwargs, "rlist", &lists[0], "wlist", &lists[1], "xlist", &lists[2], "timeout?", &timeoutArg, "/"); err != nil {
		return nil, err
	}
	var items [3][]rt.Value
	for i, l := range lists {
		vs, err := rt.IterateAll(th, l)
		if err != nil {
			if exc := rt.AsException(err); exc != nil && exc.Class == rt.TypeErrorType {
				return nil, rt.NewError(rt.TypeErrorType, "arguments 1-3 must be sequences")
			}
			return nil, err
		}
		items[i] = vs
	}
	timeout, err := selectTimeout(timeoutArg)
	if err != nil {
		return nil, err
	}
	// One pollFd per descriptor: its events are the union of the lists
	// it appears in.
	events := [3]int16{pollIn, pollOut, pollPri}
	var fds []pollFd
	index := map[int]int{}
	var itemFds [3][]int
	for i := range items {
		for _, v := range items[i] {
			fd, err := selectFd(th, v)
			if err != nil {
				return nil, err
			}
			if fd >= fdSetSize {
				return nil, rt.NewError(rt.ValueErrorType, "filedescriptor out of range in select()")
			}
			j, seen := index[fd]
			if !seen {
				j = len(fds)
				index[fd] = j
				fds = append(fds, pollFd{fd: fd})
			}
			fds[j].events |= events[i]
			itemFds[i] = append(itemFds[i], j)
		}
	}
	if err := pollWait(th, fds, timeout, "select()"); err != nil {
		return nil, err
	}
	for _, p := range fds {
		if p.revents&pollNval != 0 {
			return nil, rt.NewOSError(rt.OSErrorType, int(syscall.EBADF), "Bad file descriptor", "")
		}
	}
	// What select(2) reports: readable also on hang-up or error,
	// writable also on error, exceptional on priority data.
	ready := [3]int16{pollIn | pollHup | pollErr, pollOut | pollErr, pollPri}
	out := make([]rt.Value, 3)
	for i := range items {
		var got []rt.Value
		for k, j := range itemFds[i] {
			if fds[j].revents&ready[i] != 0 {
				got = append(got, items[i][k])
			}
		}
		out[i] = rt.NewList(got)
	}
	return rt.NewTuple(out), nil
}

// pollWait polls fds for at most timeout (negative: no limit), filling
// their revents; a wait that can block is a cancellation checkpoint.
func pollWait(th *rt.Thread, fds []pollFd, timeout time.Duration, what string) error {
	if timeout == 0 {
		if err := th.Checkpoint(); err != nil {
			return err
		}
		_, err := pollSys(fds, 0)
		return pollError(err)
	}
	r, w, err := pollWakePipe()
	if err != nil {
		return pollError(err)
	}
	defer syscall.Close(r)
	defer syscall.Close(w)
	all := append(fds[:len(fds):len(fds)], pollFd{fd: r, events: pollIn})
	defer copy(fds, all)
	return th.Block(what, rt.None, func(cancel <-chan struct{}) error {
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-cancel:
				syscall.Write(w, []byte{0})
			case <-done:
			}
		}()
		defer wg.Wait()
		defer close(done)
		deadline := time.Now().Add(timeout)
		for {
			left := timeout
			if timeout > 0 {
				left = max(time.Until(deadline), 0)
			}
			_, err := pollSys(all, left)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return pollError(err)
			}
			if all[len(all)-1].revents != 0 {
				return rt.NewCancelled() // Block raises the thread's Cancelled
			}
			return nil
		}
	})
}

func pollError(err error) error {
	if err == nil {
		return nil
	}
	return rt.IOError(err, "")
}

// pollObj is a select.poll object: registered descriptors and their
// event masks, in the order of registration (as CPython reports them).
type pollObj struct {
	mu  sync.Mutex
	fds map[int]int16
	seq []int
}

// set registers fd with mask (p.mu held).
func (p *pollObj) set(fd int, mask int16) {
	if _, ok := p.fds[fd]; !ok {
		p.seq = append(p.seq, fd)
	}
	p.fds[fd] = mask
}

// remove unregisters fd (p.mu held).
func (p *pollObj) remove(fd int) {
	delete(p.fds, fd)
	for i, f := range p.seq {
		if f == fd {
			p.seq = append(p.seq[:i], p.seq[i+1:]...)
			break
		}
	}
}

func (*pollObj) Type() *rt.Type { return selectPollType }

func newSelectPoll(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := rt.UnpackArgs("poll", args, kwargs); err != nil {
		return nil, err
	}
	return &pollObj{fds: map[int]int16{}}, nil
}

func pollMethod(name string, fn func(th *rt.Thread, p *pollObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		p, ok := self.(*pollObj)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "descriptor '%s' requires a 'select.poll' object", name)
		}
		return fn(th, p, args, kwargs)
	})
}

// pollFdMask reads register()'s and modify()'s (fd, eventmask).
func pollFdMask(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, maskOptional bool) (int, int16, error) {
	var fdArg rt.Value
	mask := int64(pollIn | pollPri | pollOut)
	spec := "eventmask"
	if maskOptional {
		spec += "?"
	}
	if err := rt.UnpackArgs(name, args, kwargs, "fd", &fdArg, spec, &mask, "/"); err != nil {
		return 0, 0, err
	}
	fd, err := selectFd(th, fdArg)
	if err != nil {
		return 0, 0, err
	}
	if mask < 0 || mask > math.MaxUint16 {
		return 0, 0, rt.NewError(rt.OverflowErrorType, "Python int too large for C unsigned short")
	}
	return fd, int16(uint16(mask)), nil
}

func pollRegister(th *rt.Thread, p *pollObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	fd, mask, err := pollFdMask(th, "register", args, kwargs, true)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.set(fd, mask)
	p.mu.Unlock()
	return rt.None, nil
}

func pollModify(th *rt.Thread, p *pollObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	fd, mask, err := pollFdMask(th, "modify", args, kwargs, false)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.fds[fd]; !ok {
		return nil, rt.IOError(syscall.ENOENT, "")
	}
	p.fds[fd] = mask
	return rt.None, nil
}

func pollUnregister(th *rt.Thread, p *pollObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var fdArg rt.Value
	if err := rt.UnpackArgs("unregister", args, kwargs, "fd", &fdArg, "/"); err != nil {
		return nil, err
	}
	fd, err := selectFd(th, fdArg)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.fds[fd]; !ok {
		return nil, rt.NewException(rt.KeyErrorType, rt.MakeInt(int64(fd)))
	}
	p.remove(fd)
	return rt.None, nil
}

// pollPoll is poll.poll(timeout=None): [(fd, revents)] of the registered
// descriptors that have events; timeout is in milliseconds, None or
// negative for no limit.
func pollPoll(th *rt.Thread, p *pollObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var tv rt.Value = rt.None
	if err := rt.UnpackArgs("poll", args, kwargs, "timeout?", &tv, "/"); err != nil {
		return nil, err
	}
	timeout := time.Duration(-1)
	if tv != rt.None {
		f, ok := rt.AsFloat(tv)
		if _, isFloat := tv.(rt.Float); !ok || !(isFloat || rt.IsIntValue(tv)) {
			return nil, rt.NewError(rt.TypeErrorType, "timeout must be an integer or None")
		}
		if math.IsNaN(f) {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid value NaN (not a number)")
		}
		if f >= 0 {
			timeout = time.Duration(math.Ceil(f * 1e6))
		}
	}
	p.mu.Lock()
	fds := make([]pollFd, 0, len(p.seq))
	for _, fd := range p.seq {
		fds = append(fds, pollFd{fd: fd, events: p.fds[fd]})
	}
	p.mu.Unlock()
	if err := pollWait(th, fds, timeout, "poll()"); err != nil {
		return nil, err
	}
	var out []rt.Value
	for _, f := range fds {
		if f.revents != 0 {
			out = append(out, rt.NewTuple([]rt.Value{rt.MakeInt(int64(f.fd)), rt.MakeInt(int64(uint16(f.revents)))}))
		}
	}
	return rt.NewList(out), nil
}
