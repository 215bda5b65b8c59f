package stdlib

import (
	"sync"
	"syscall"
	"time"
	"unsafe"

	rt "github.com/spindle-lang/spindle/runtime"
)

// os.wait, os.waitpid, the wait-status functions (WIFEXITED, ...) and
// os.sched_getaffinity.
//
// A child started by subprocess.Popen is reaped at once by a goroutine
// of its own (subprocess.go), so that Popen.wait is a cancellable wait
// on a channel. os.waitpid must not call waitpid(2) on such a child too:
// whichever call came second would find no child (ECHILD), and a
// wait(2) for any child could steal a Popen child's status from its
// goroutine. So the Popen children live in a registry (waitChildren):
// os.waitpid(pid) for one of them waits, cancellably, for its goroutine
// to have reaped it, and os.wait() for the first registered child that
// ended. A status is delivered once: to os.wait/os.waitpid (Popen then
// reports returncode 0, as CPython's Popen does when someone else
// reaped its child) or to Popen's wait/poll (a later os.waitpid raises
// ChildProcessError). Other children (none are started otherwise) are
// waited for with waitpid(2) itself, polled so that the wait stays
// cancellable.

// waitChildren is the registry of Popen children whose status nobody
// has taken yet.
var waitChildren struct {
	sync.Mutex
	byPid   map[int]*popen
	order   []*popen      // in start order: os.wait reports the oldest ended child
	changed chan struct{} // closed (and replaced) when a child ends
}

// registerChild adds a started Popen child to the registry.
func registerChild(p *popen) {
	waitChildren.Lock()
	defer waitChildren.Unlock()
	if waitChildren.byPid == nil {
		waitChildren.byPid = map[int]*popen{}
		waitChildren.changed = make(chan struct{})
	}
	waitChildren.byPid[p.cmd.Process.Pid] = p
	waitChildren.order = append(waitChildren.order, p)
}

// childEnded wakes the os.wait calls when a child was reaped.
func childEnded() {
	waitChildren.Lock()
	defer waitChildren.Unlock()
	if waitChildren.changed != nil {
		close(waitChildren.changed)
		waitChildren.changed = make(chan struct{})
	}
}

// takeChild removes p from the registry; it reports whether p was still
// there (its status not taken yet). Popen calls it when it reports a
// returncode, os.wait when it reports p's status.
func takeChild(p *popen) bool {
	waitChildren.Lock()
	defer waitChildren.Unlock()
	return takeChildLocked(p)
}

func takeChildLocked(p *popen) bool {
	pid := p.cmd.Process.Pid
	if waitChildren.byPid[pid] != p {
		return false
	}
	delete(waitChildren.byPid, pid)
	for i, q := range waitChildren.order {
		if q == p {
			waitChildren.order = append(waitChildren.order[:i], waitChildren.order[i+1:]...)
			break
		}
	}
	return true
}

// rawStatus is the wait status of reaped child p, as waitpid(2) gives it.
func rawStatus(p *popen) int {
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
		return int(ws)
	}
	return 0
}

func loadOSWaitExtras(load func() *rt.Module) *rt.Module {
	m := load()
	d := m.Dict
	d.SetStr("wait", rt.NewFunc("wait", osWait))
	d.SetStr("waitpid", rt.NewFunc("waitpid", osWaitpid))
	d.SetStr("waitstatus_to_exitcode", rt.NewFunc("waitstatus_to_exitcode", osWaitstatusToExitcode))
	d.SetStr("sched_getaffinity", rt.NewFunc("sched_getaffinity", osSchedGetaffinity))
	for _, c := range []struct {
		name string
		v    int64
	}{{"WUNTRACED", syscall.WUNTRACED}, {"WCONTINUED", syscall.WCONTINUED}, {"WEXITED", syscall.WEXITED}, {"WSTOPPED", syscall.WSTOPPED}, {"WNOWAIT", syscall.WNOWAIT}} {
		d.SetStr(c.name, rt.MakeInt(c.v))
	}
	for _, f := range []struct {
		name string
		fn   func(ws syscall.WaitStatus) rt.Value
	}{
		{"WIFEXITED", func(ws syscall.WaitStatus) rt.Value { return rt.Bool(ws.Exited()) }},
		{"WEXITSTATUS", func(ws syscall.WaitStatus) rt.Value { return rt.MakeInt(int64(ws>>8) & 0xff) }},
		{"WIFSIGNALED", func(ws syscall.WaitStatus) rt.Value { return rt.Bool(ws.Signaled()) }},
		{"WTERMSIG", func(ws syscall.WaitStatus) rt.Value { return rt.MakeInt(int64(ws & 0x7f)) }},
		{"WIFSTOPPED", func(ws syscall.WaitStatus) rt.Value { return rt.Bool(ws.Stopped()) }},
		{"WSTOPSIG", func(ws syscall.WaitStatus) rt.Value { return rt.MakeInt(int64(ws>>8) & 0xff) }},
		{"WIFCONTINUED", func(ws syscall.WaitStatus) rt.Value { return rt.Bool(ws.Continued()) }},
		{"WCOREDUMP", func(ws syscall.WaitStatus) rt.Value { return rt.Bool(ws&0x80 != 0) }},
	} {
		d.SetStr(f.name, rt.NewFunc(f.name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var status int
			if err := rt.UnpackArgs(f.name, args, kwargs, "status", &status, "/"); err != nil {
				return nil, err
			}
			return f.fn(syscall.WaitStatus(uint32(status))), nil
		}))
	}
	return m
}

// osWaitpid is os.waitpid(pid, options): (pid, status), or (0, 0) when
// options has WNOHANG and the child has not ended.
func osWaitpid(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pid, options int
	if err := rt.UnpackArgs("waitpid", args, kwargs, "pid", &pid, "options", &options, "/"); err != nil {
		return nil, err
	}
	return waitChild(th, pid, options)
}

// osWait is os.wait(): waitpid(-1, 0).
func osWait(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := rt.UnpackArgs("wait", args, kwargs); err != nil {
		return nil, err
	}
	return waitChild(th, -1, 0)
}

func waitResult(pid, status int) rt.Value {
	return rt.NewTuple([]rt.Value{rt.MakeInt(int64(pid)), rt.MakeInt(int64(status))})
}

// waitChild waits for child pid (-1: any child) as waitpid(2) would.
func waitChild(th *rt.Thread, pid, options int) (rt.Value, error) {
	for {
		waitChildren.Lock()
		var match []*popen // the registered children pid designates
		if pid == -1 {
			match = append(match, waitChildren.order...)
		} else if p := waitChildren.byPid[pid]; p != nil {
			match = append(match, p)
		}
		for _, p := range match {
			select {
			case <-p.done:
				takeChildLocked(p)
				p.mu.Lock()
				p.extReaped = true
				p.mu.Unlock()
				waitChildren.Unlock()
				return waitResult(p.cmd.Process.Pid, rawStatus(p)), nil
			default:
			}
		}
		changed := waitChildren.changed
		waitChildren.Unlock()
		if len(match) == 0 {
			return waitOther(th, pid, options)
		}
		if options&syscall.WNOHANG != 0 {
			return waitResult(0, 0), nil
		}
		err := th.Block(waitWhat(pid), rt.None, func(cancel <-chan struct{}) error {
			select {
			case <-changed:
				return nil
			case <-cancel:
				return rt.NewCancelled()
			}
		})
		if err != nil {
			return nil, err
		}
	}
}

func waitWhat(pid int) string {
	if pid == -1 {
		return "os.wait()"
	}
	return "os.waitpid(" + itoa(pid) + ")"
}

// waitOther waits with waitpid(2) for a child that Popen did not start,
// polling every few milliseconds so that the wait stays cancellable.
func waitOther(th *rt.Thread, pid, options int) (rt.Value, error) {
	var ws syscall.WaitStatus
	var got int
	try := func() error {
		var err error
		for {
			got, err = syscall.Wait4(pid, &ws, options|syscall.WNOHANG, nil)
			if err != syscall.EINTR {
				return err
			}
		}
	}
	if err := try(); err != nil {
		return nil, rt.IOError(err, "")
	}
	if got != 0 || options&syscall.WNOHANG != 0 {
		return waitResult(got, int(ws)), nil
	}
	err := th.Block(waitWhat(pid), rt.None, func(cancel <-chan struct{}) error {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for got == 0 {
			select {
			case <-tick.C:
			case <-cancel:
				return rt.NewCancelled()
			}
			if err := try(); err != nil {
				return rt.IOError(err, "")
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return waitResult(got, int(ws)), nil
}

// osWaitstatusToExitcode is os.waitstatus_to_exitcode(status).
func osWaitstatusToExitcode(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var status int
	if err := rt.UnpackArgs("waitstatus_to_exitcode", args, kwargs, "status", &status); err != nil {
		return nil, err
	}
	if status < 0 || status > 0xffffffff {
		return nil, rt.NewError(rt.ValueErrorType, "invalid wait status: %d", status)
	}
	ws := syscall.WaitStatus(uint32(status))
	switch {
	case ws.Exited():
		return rt.MakeInt(int64(ws.ExitStatus())), nil
	case ws.Signaled():
		return rt.MakeInt(-int64(ws.Signal())), nil
	case ws.Stopped():
		return nil, rt.NewError(rt.ValueErrorType, "process stopped by delivery of signal %d", int(ws.StopSignal()))
	}
	return nil, rt.NewError(rt.ValueErrorType, "invalid wait status: %d", status)
}

// osSchedGetaffinity is os.sched_getaffinity(pid): the set of CPUs the
// process may run on.
func osSchedGetaffinity(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var pid int
	if err := rt.UnpackArgs("sched_getaffinity", args, kwargs, "pid", &pid, "/"); err != nil {
		return nil, err
	}
	var mask [1024 / 64]uint64
	_, _, errno := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(pid), unsafe.Sizeof(mask), uintptr(unsafe.Pointer(&mask[0])))
	if errno != 0 {
		return nil, rt.IOError(errno, "")
	}
	s := rt.NewSet()
	for i, w := range mask {
		for b := 0; b < 64; b++ {
			if w&(1<<b) != 0 {
				s.Add(th, rt.MakeInt(int64(i*64+b)))
			}
		}
	}
	return s, nil
}
