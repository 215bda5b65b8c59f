package stdlib

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// subprocess: run, call, check_call, check_output, getoutput,
// getstatusoutput and Popen, over os/exec.
//
// Every child runs in its own process group. Waiting for a child
// (Popen.wait, communicate, run) is a cancellation checkpoint: when the
// waiting thread is cancelled (its group failed, a `timeout` expired,
// Ctrl-C) the whole process group is killed with SIGKILL and reaped
// before Cancelled propagates, so cancellation never leaves orphans.
// run(timeout=) kills the child and raises TimeoutExpired, as CPython
// does; Popen.wait(timeout=) raises TimeoutExpired and leaves it running.
//
// Pipes are os.Pipe pairs registered with Go's poller, so reading
// p.stdout is a cancellable file read like any other pipe. communicate
// reads stdout and stderr on helper goroutines (no pipe-buffer deadlock)
// while the thread waits cancellably.

const (
	spPIPE    = -1
	spSTDOUT  = -2
	spDEVNULL = -3
)

var (
	subprocessErrorType  = newModExc("SubprocessError", "subprocess", rt.ExceptionType)
	calledProcessErrType = newModExc("CalledProcessError", "subprocess", subprocessErrorType)
	timeoutExpiredType   = newModExc("TimeoutExpired", "subprocess", subprocessErrorType)
	completedProcessType = newModuleType("CompletedProcess", "subprocess")
	popenType            = newModuleType("Popen", "subprocess")
	signalNames          = map[int]string{1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}
)

func excAttr(e *rt.Exception, name string) rt.Value {
	v, err := e.GetAttr(nil, name)
	if err != nil || v == nil {
		return rt.None
	}
	return v
}

// loadSubprocessModule makes the subprocess module (registered in modules.go).
func loadSubprocessModule() *rt.Module {
	setupSubprocessTypes()
	m := rt.NewModule("subprocess")
	d := m.Dict
	d.SetStr("PIPE", rt.MakeInt(spPIPE))
	d.SetStr("STDOUT", rt.MakeInt(spSTDOUT))
	d.SetStr("DEVNULL", rt.MakeInt(spDEVNULL))
	d.SetStr("SubprocessError", subprocessErrorType)
	d.SetStr("CalledProcessError", calledProcessErrType)
	d.SetStr("TimeoutExpired", timeoutExpiredType)
	d.SetStr("CompletedProcess", completedProcessType)
	d.SetStr("Popen", popenType)
	addFuncs(m,
		rt.NewFunc("run", spRun),
		rt.NewFunc("call", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			cp, err := spRunMode(th, "call", args, kwargs, false)
			if err != nil {
				return nil, err
			}
			return cp.get("returncode"), nil
		}),
		rt.NewFunc("check_call", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			_, err := spRunMode(th, "check_call", args, append(kwargs, rt.KwArg{Name: "check", Value: rt.True}), false)
			if err != nil {
				return nil, err
			}
			return rt.MakeInt(0), nil
		}),
		rt.NewFunc("check_output", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			for _, kw := range kwargs {
				if kw.Name == "stdout" {
					return nil, rt.NewError(rt.ValueErrorType, "stdout argument not allowed, it will be overridden.")
				}
			}
			kw := append(kwargs, rt.KwArg{Name: "stdout", Value: rt.MakeInt(spPIPE)}, rt.KwArg{Name: "check", Value: rt.True})
			cp, err := spRunMode(th, "check_output", args, kw, true)
			if err != nil {
				return nil, err
			}
			return cp.get("stdout"), nil
		}),
		rt.NewFunc("getstatusoutput", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return getoutput(th, args, kwargs, true)
		}),
		rt.NewFunc("getoutput", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return getoutput(th, args, kwargs, false)
		}),
	)
	return m
}

// subprocessSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var subprocessSetup sync.Once

func setupSubprocessTypes() { subprocessSetup.Do(initSubprocessTypes) }

func initSubprocessTypes() {
	calledProcessErrType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var rc, cmd rt.Value
		var out, errv, stdout rt.Value = rt.None, rt.None, rt.None
		if err := rt.UnpackArgs("CalledProcessError", args, kwargs, "returncode", &rc, "cmd", &cmd, "output?", &out, "stderr?", &errv, "stdout?", &stdout); err != nil {
			return nil, err
		}
		if out == rt.None {
			out = stdout
		}
		return newCalledProcessError(cls, rc, cmd, out, errv), nil
	}
	timeoutExpiredType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var cmd, to rt.Value
		var out, errv, stdout rt.Value = rt.None, rt.None, rt.None
		if err := rt.UnpackArgs("TimeoutExpired", args, kwargs, "cmd", &cmd, "timeout", &to, "output?", &out, "stderr?", &errv, "stdout?", &stdout); err != nil {
			return nil, err
		}
		if out == rt.None {
			out = stdout
		}
		return newTimeoutExpired(cls, cmd, to, out, errv), nil
	}
	calledProcessErrType.AddMethods(rt.NewMethod("__str__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		e := self.(*rt.Exception)
		cmd, err := rt.ToStr(th, excAttr(e, "cmd"))
		if err != nil {
			return nil, err
		}
		rc, _ := rt.AsInt64(excAttr(e, "returncode"))
		if rc < 0 {
			name := signalNames[int(-rc)]
			if name == "" {
				return rt.Str("Command '" + cmd + "' died with unknown signal " + strconv.Itoa(int(-rc)) + "."), nil
			}
			return rt.Str("Command '" + cmd + "' died with <Signals." + name + ": " + strconv.Itoa(int(-rc)) + ">."), nil
		}
		return rt.Str("Command '" + cmd + "' returned non-zero exit status " + strconv.Itoa(int(rc)) + "."), nil
	}))
	timeoutExpiredType.AddMethods(rt.NewMethod("__str__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		e := self.(*rt.Exception)
		cmd, err := rt.ToStr(th, excAttr(e, "cmd"))
		if err != nil {
			return nil, err
		}
		to, err := rt.ToStr(th, excAttr(e, "timeout"))
		if err != nil {
			return nil, err
		}
		return rt.Str("Command '" + cmd + "' timed out after " + to + " seconds"), nil
	}))
	completedProcessType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var a, rc rt.Value
		var out, errv rt.Value = rt.None, rt.None
		if err := rt.UnpackArgs("CompletedProcess", args, kwargs, "args", &a, "returncode", &rc, "stdout?", &out, "stderr?", &errv); err != nil {
			return nil, err
		}
		return newCompleted(a, rc, out, errv), nil
	}
	completedProcessType.AddMethods(
		recMethod("__repr__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			parts := []string{}
			for _, k := range []string{"args", "returncode", "stdout", "stderr"} {
				v := o.get(k)
				if (k == "stdout" || k == "stderr") && v == rt.None {
					continue
				}
				s, err := rt.Repr(th, v)
				if err != nil {
					return nil, err
				}
				parts = append(parts, k+"="+s)
			}
			return rt.Str("CompletedProcess(" + strings.Join(parts, ", ") + ")"), nil
		}),
		recMethod("check_returncode", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if rc, _ := rt.AsInt64(o.get("returncode")); rc != 0 {
				return nil, newCalledProcessError(calledProcessErrType, o.get("returncode"), o.get("args"), o.get("stdout"), o.get("stderr"))
			}
			return rt.None, nil
		}),
	)
	initPopenType()
}

func getoutput(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg, status bool) (rt.Value, error) {
	var cmd rt.Value
	if err := rt.UnpackArgs("getoutput", args, kwargs, "cmd", &cmd); err != nil {
		return nil, err
	}
	cp, err := spRunMode(th, "getoutput", []rt.Value{cmd}, []rt.KwArg{{Name: "shell", Value: rt.True}, {Name: "text", Value: rt.True},
		{Name: "stdout", Value: rt.MakeInt(spPIPE)}, {Name: "stderr", Value: rt.MakeInt(spSTDOUT)}}, false)
	if err != nil {
		return nil, err
	}
	out := string(cp.get("stdout").(rt.Str))
	out = strings.TrimSuffix(out, "\n")
	if status {
		return tuple2(cp.get("returncode"), rt.Str(out)), nil
	}
	return rt.Str(out), nil
}

func newCalledProcessError(cls *rt.Type, rc, cmd, out, errv rt.Value) *rt.Exception {
	e := &rt.Exception{Class: cls, Args: []rt.Value{rc, cmd}}
	e.SetAttr(nil, "returncode", rc)
	e.SetAttr(nil, "cmd", cmd)
	e.SetAttr(nil, "output", out)
	e.SetAttr(nil, "stdout", out)
	e.SetAttr(nil, "stderr", errv)
	return e
}

func newTimeoutExpired(cls *rt.Type, cmd, to, out, errv rt.Value) *rt.Exception {
	e := &rt.Exception{Class: cls, Args: []rt.Value{cmd, to}}
	e.SetAttr(nil, "cmd", cmd)
	e.SetAttr(nil, "timeout", to)
	e.SetAttr(nil, "output", out)
	e.SetAttr(nil, "stdout", out)
	e.SetAttr(nil, "stderr", errv)
	return e
}

func newCompleted(args, rc, out, errv rt.Value) *recObj {
	o := newRec(completedProcessType, nil)
	o.set("args", args, false).set("returncode", rc, false).set("stdout", out, false).set("stderr", errv, false)
	return o
}

// popen is a running or finished child.
type popen struct {
	cmd     *exec.Cmd
	args    rt.Value
	obj     *recObj
	done    chan struct{} // closed when the child was reaped
	mu      sync.Mutex
	rc      rt.Value
	stdin   *rt.File
	stdout  *rt.File
	stderr  *rt.File
	text    bool
	enc     rt.Value // encoding= and errors= (text mode), for communicate
	errs    rt.Value
	comm    *commState // communicate in progress (after a timeout)
	toClose []*os.File // child ends, closed after start
	// extReaped: os.wait/os.waitpid took the child's status (os_wait.go);
	// Popen then reports returncode 0, as CPython does.
	extReaped bool
}

// popenArgs are Popen's keyword arguments that run() shares.
type popenArgs struct {
	args                      rt.Value
	stdin, stdout, stderr     rt.Value
	shell                     bool
	cwd, env, executable      rt.Value
	text                      bool
	encoding, errors          rt.Value
	startNewSession, closeFds bool
	passFds                   rt.Value
}

func parsePopenArgs(fname string, args []rt.Value, kwargs []rt.KwArg, extra ...any) (*popenArgs, error) {
	a := &popenArgs{stdin: rt.None, stdout: rt.None, stderr: rt.None, cwd: rt.None, env: rt.None, executable: rt.None,
		encoding: rt.None, errors: rt.None, passFds: rt.None}
	var bufsize, universal, text, ign rt.Value = rt.None, rt.None, rt.None, rt.None
	pairs := []any{"args", &a.args, "bufsize?", &bufsize, "executable?", &a.executable, "stdin?", &a.stdin,
		"stdout?", &a.stdout, "stderr?", &a.stderr, "preexec_fn?", &ign, "close_fds?", &ign, "shell?", &a.shell,
		"cwd?", &a.cwd, "env?", &a.env, "universal_newlines?", &universal, "startupinfo?", &ign,
		"creationflags?", &ign, "restore_signals?", &ign, "start_new_session?", &a.startNewSession,
		"pass_fds?", &a.passFds, "*", "text?", &text, "encoding?", &a.encoding, "errors?", &a.errors,
		"user?", &ign, "group?", &ign, "extra_groups?", &ign, "umask?", &ign, "pipesize?", &ign, "process_group?", &ign}
	pairs = append(pairs, extra...)
	if err := rt.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	a.text = rt.Truthy(text) || rt.Truthy(universal) || a.encoding != rt.None || a.errors != rt.None
	return a, nil
}

// argv builds the child's argument vector.
func (a *popenArgs) argv(th *rt.Thread) ([]string, error) {
	var argv []string
	switch x := a.args.(type) {
	case rt.Str, rt.Bytes, *pathObj:
		s, _ := pathArg(th, "Popen", x)
		argv = []string{s}
	default:
		items, err := rt.IterateAll(th, a.args)
		if err != nil {
			return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(a.args))
		}
		for _, it := range items {
			s, err := pathArg(th, "Popen", it)
			if err != nil {
				if _, ok := it.(rt.Int); ok {
					s = strconv.FormatInt(int64(it.(rt.Int)), 10)
				} else {
					return nil, rt.NewError(rt.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", rt.TypeName(it))
				}
			}
			argv = append(argv, s)
		}
	}
	if a.shell {
		argv = append([]string{"/bin/sh", "-c"}, argv...)
	}
	if len(argv) == 0 {
		return nil, rt.NewError(rt.IndexErrorType, "list index out of range")
	}
	return argv, nil
}

// lookPath finds the program like execvpe: a name without a slash is
// searched in PATH of the child's environment.
func lookPath(prog string, env []string) (string, error) {
	if strings.Contains(prog, "/") {
		st, err := os.Stat(prog)
		if err != nil {
			return "", osErr(err, prog)
		}
		if st.IsDir() || syscall.Access(prog, 1) != nil {
			return "", rt.NewOSError(rt.PermissionErrorType, int(syscall.EACCES), "Permission denied", prog)
		}
		return prog, nil
	}
	path := "/usr/local/bin:/usr/bin:/bin"
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path = kv[5:]
		}
	}
	denied := false
	for _, d := range strings.Split(path, ":") {
		if d == "" {
			d = "."
		}
		p := d + "/" + prog
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			if syscall.Access(p, 1) == nil {
				return p, nil
			}
			denied = true
		}
	}
	if denied {
		return "", rt.NewOSError(rt.PermissionErrorType, int(syscall.EACCES), "Permission denied", prog)
	}
	return "", rt.NewOSError(rt.FileNotFoundErrorType, int(syscall.ENOENT), "No such file or directory", prog)
}

// stdioTarget resolves one of stdin=/stdout=/stderr=: the child's file,
// and for PIPE the parent's end.
func (p *popen) stdioTarget(th *rt.Thread, v rt.Value, child bool, write bool, a *popenArgs) (*os.File, *os.File, error) {
	if v == rt.None {
		return nil, nil, nil
	}
	if n, ok := v.(rt.Int); ok {
		switch int(n) {
		case spPIPE:
			r, w, err := os.Pipe()
			if err != nil {
				return nil, nil, rt.IOError(err, "")
			}
			if write { // child writes (stdout/stderr)
				return w, r, nil
			}
			return r, w, nil
		case spDEVNULL:
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return nil, nil, rt.IOError(err, os.DevNull)
			}
			return f, nil, nil
		case spSTDOUT:
			return nil, nil, rt.NewError(rt.ValueErrorType, "STDOUT can only be used for stderr")
		}
		if f := fdLookup(int(n)); f != nil {
			return f, nil, nil
		}
		return os.NewFile(uintptr(n), "fd"), nil, nil
	}
	if f, ok := v.(*rt.File); ok && f.OSFile() != nil {
		f.FlushTh(th)
		return f.OSFile(), nil, nil
	}
	if v.Type().Lookup("fileno") != nil {
		fd, err := rt.CallMethod(th, v, "fileno", nil, nil)
		if err != nil {
			return nil, nil, err
		}
		n, _ := rt.AsInt64(fd)
		return os.NewFile(uintptr(n), "fd"), nil, nil
	}
	return nil, nil, rt.NewError(rt.TypeErrorType, "bad file argument: %s", rt.TypeName(v))
}

func (p *popen) wrapPipe(f *os.File, mode string, a *popenArgs) *rt.File {
	if !p.text {
		return rt.NewFileWith(f, rt.MakeInt(int64(rt.RawFd(f))), mode+"b", rt.FileOptions{Buffering: -1})
	}
	o := rt.FileOptions{Buffering: -1}
	if s, ok := a.encoding.(rt.Str); ok {
		o.Encoding = string(s)
	}
	if s, ok := a.errors.(rt.Str); ok {
		o.Errors = string(s)
	}
	if mode == "w" {
		o.Buffering = 1
	}
	return rt.NewFileWith(f, rt.MakeInt(int64(rt.RawFd(f))), mode, o)
}

func startPopen(th *rt.Thread, a *popenArgs) (*popen, error) {
	argv, err := a.argv(th)
	if err != nil {
		return nil, err
	}
	env, err := environList(th, a.env)
	if err != nil {
		return nil, err
	}
	prog := argv[0]
	if a.executable != rt.None {
		if prog, err = pathArg(th, "Popen", a.executable); err != nil {
			return nil, err
		}
	}
	cmd := &exec.Cmd{Args: argv, Env: env, SysProcAttr: &syscall.SysProcAttr{Setpgid: true}}
	if a.cwd != rt.None {
		dir, err := pathArg(th, "Popen", a.cwd)
		if err != nil {
			return nil, err
		}
		if st, err := os.Stat(dir); err != nil {
			return nil, osErr(err, dir)
		} else if !st.IsDir() {
			return nil, rt.NewOSError(rt.NotADirectoryErrorType, int(syscall.ENOTDIR), "Not a directory", dir)
		}
		cmd.Dir = dir
		if !strings.Contains(prog, "/") {
			// resolved against PATH below, unaffected by cwd
		} else if !strings.HasPrefix(prog, "/") {
			prog = posixJoin(dir, prog)
		}
	}
	if cmd.Path, err = lookPath(prog, env); err != nil {
		return nil, err
	}
	p := &popen{cmd: cmd, args: a.args, done: make(chan struct{}), rc: rt.None, text: a.text, enc: a.encoding, errs: a.errors}
	closeAll := func() {
		for _, f := range p.toClose {
			f.Close()
		}
	}
	cin, pin, err := p.stdioTarget(th, a.stdin, true, false, a)
	if err != nil {
		return nil, err
	}
	cout, pout, err := p.stdioTarget(th, a.stdout, true, true, a)
	if err != nil {
		closeAll()
		return nil, err
	}
	var cerr, perr *os.File
	if n, ok := a.stderr.(rt.Int); ok && int(n) == spSTDOUT {
		cerr = cout
		if cerr == nil {
			cerr = os.Stdout
		}
	} else if cerr, perr, err = p.stdioTarget(th, a.stderr, true, true, a); err != nil {
		return nil, err
	}
	for _, pair := range []struct {
		child, parent *os.File
	}{{cin, pin}, {cout, pout}, {cerr, perr}} {
		if pair.parent != nil || (pair.child != nil && isDevNullTarget(pair.child)) {
			p.toClose = append(p.toClose, pair.child)
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = orStd(cin, os.Stdin), orStd(cout, os.Stdout), orStd(cerr, os.Stderr)
	rt.FlushStdio()
	if err := cmd.Start(); err != nil {
		closeAll()
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, osErr(pe.Err, prog)
		}
		return nil, rt.IOError(err, prog)
	}
	closeAll()
	if pin != nil {
		p.stdin = p.wrapPipe(pin, "w", a)
	}
	if pout != nil {
		p.stdout = p.wrapPipe(pout, "r", a)
	}
	if perr != nil {
		p.stderr = p.wrapPipe(perr, "r", a)
	}
	registerChild(p)
	go func() {
		cmd.Wait()
		p.mu.Lock()
		p.rc = exitCode(cmd.ProcessState)
		p.mu.Unlock()
		close(p.done)
		childEnded()
	}()
	p.obj = newRec(popenType, p)
	o := p.obj
	o.set("args", a.args, false)
	o.set("pid", rt.MakeInt(int64(cmd.Process.Pid)), false)
	o.set("stdin", fileOrNone(p.stdin), false)
	o.set("stdout", fileOrNone(p.stdout), false)
	o.set("stderr", fileOrNone(p.stderr), false)
	o.set("returncode", rt.None, false)
	return p, nil
}

func isDevNullTarget(f *os.File) bool { return f.Name() == os.DevNull }

func orStd(f, std *os.File) *os.File {
	if f == nil {
		return std
	}
	return f
}

func fileOrNone(f *rt.File) rt.Value {
	if f == nil {
		return rt.None
	}
	return f
}

func exitCode(ps *os.ProcessState) rt.Value {
	if ps == nil {
		return rt.MakeInt(-1)
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return rt.MakeInt(-int64(ws.Signal()))
	}
	return rt.MakeInt(int64(ps.ExitCode()))
}

// returncode returns the exit status once reaped (None before), keeping
// the returncode attribute in step.
func (p *popen) returncode() rt.Value {
	select {
	case <-p.done:
		takeChild(p) // os.waitpid no longer reports it
		p.mu.Lock()
		rc := p.rc
		if p.extReaped {
			rc = rt.MakeInt(0)
		}
		p.mu.Unlock()
		p.obj.set("returncode", rc, false)
		return rc
	default:
		return rt.None
	}
}

// killGroup kills the child's whole process group.
func (p *popen) killGroup() {
	if p.cmd.Process != nil {
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		p.cmd.Process.Kill()
	}
}

// wait waits for the child, cancellably; d < 0 means no limit. It
// returns ok=false when d passed first. On cancellation the process
// group is killed and reaped before the Cancelled error returns.
func (p *popen) wait(th *rt.Thread, d time.Duration, extra <-chan struct{}) (bool, error) {
	var timer <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timer = t.C
	}
	var done <-chan struct{} = p.done
	if extra != nil {
		done = extra
	}
	timedOut := false
	err := th.Block("subprocess "+strconv.Itoa(p.cmd.Process.Pid), p.obj, func(cancel <-chan struct{}) error {
		select {
		case <-done:
			return nil
		case <-timer:
			timedOut = true
			return nil
		case <-cancel:
			p.killGroup()
			<-p.done
			return rt.NewCancelled()
		}
	})
	if err != nil {
		if rt.IsCancelled(err) || rt.AsException(err) != nil {
			p.killGroup()
		}
		p.returncode() // reaped when the wait was cancelled
		return false, err
	}
	return !timedOut, nil
}

func timeoutArg(v rt.Value) (time.Duration, error) {
	if v == rt.None {
		return -1, nil
	}
	f, ok := rt.AsFloat(v)
	if !ok {
		return 0, rt.NewError(rt.TypeErrorType, "timeout must be a number, not %s", rt.TypeName(v))
	}
	if f < 0 {
		f = 0
	}
	return time.Duration(f * float64(time.Second)), nil
}

func popenSelf(o *recObj) *popen { return o.data.(*popen) }

func initPopenType() {
	popenType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		a, err := parsePopenArgs("Popen", args, kwargs)
		if err != nil {
			return nil, err
		}
		p, err := startPopen(th, a)
		if err != nil {
			return nil, err
		}
		return p.obj, nil
	}
	popenType.AddMethods(
		recMethod("poll", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return popenSelf(o).returncode(), nil
		}),
		recMethod("wait", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var to rt.Value = rt.None
			if err := rt.UnpackArgs("wait", args, kwargs, "timeout?", &to); err != nil {
				return nil, err
			}
			p := popenSelf(o)
			d, err := timeoutArg(to)
			if err != nil {
				return nil, err
			}
			ok, err := p.wait(th, d, nil)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, newTimeoutExpired(timeoutExpiredType, p.args, to, rt.None, rt.None)
			}
			return p.returncode(), nil
		}),
		recMethod("communicate", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var input, to rt.Value = rt.None, rt.None
			if err := rt.UnpackArgs("communicate", args, kwargs, "input?", &input, "timeout?", &to); err != nil {
				return nil, err
			}
			out, errv, err := popenSelf(o).communicate(th, input, to)
			if err != nil {
				return nil, err
			}
			return tuple2(out, errv), nil
		}),
		recMethod("send_signal", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var sig int
			if err := rt.UnpackArgs("send_signal", args, kwargs, "sig", &sig); err != nil {
				return nil, err
			}
			return popenSignal(o, syscall.Signal(sig))
		}),
		recMethod("kill", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return popenSignal(o, syscall.SIGKILL)
		}),
		recMethod("terminate", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return popenSignal(o, syscall.SIGTERM)
		}),
		recMethod("__enter__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return o, nil
		}),
		recMethod("__exit__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			p := popenSelf(o)
			for _, f := range []*rt.File{p.stdout, p.stderr} {
				if f != nil {
					f.Close()
				}
			}
			if p.stdin != nil {
				p.stdin.CloseTh(th)
			}
			if _, err := p.wait(th, -1, nil); err != nil {
				return nil, err
			}
			p.returncode()
			return rt.False, nil
		}),
		recMethod("__repr__", func(th *rt.Thread, o *recObj, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			p := popenSelf(o)
			a, err := rt.Repr(th, p.args)
			if err != nil {
				return nil, err
			}
			rc, _ := rt.Repr(th, p.returncode())
			return rt.Str("<Popen: returncode: " + rc + " args: " + a + ">"), nil
		}),
	)
}

func popenSignal(o *recObj, sig syscall.Signal) (rt.Value, error) {
	p := popenSelf(o)
	if p.returncode() != rt.None {
		return rt.None, nil
	}
	if err := p.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return nil, rt.IOError(err, "")
	}
	return rt.None, nil
}

func spRun(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	cp, err := spRunMode(th, "run", args, kwargs, false)
	if err != nil {
		return nil, err
	}
	return cp, nil
}

// spRunMode is run(): Popen, communicate(input, timeout) — killing the
// child on timeout — then CompletedProcess, or CalledProcessError with
// check=True.
func spRunMode(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg, _ bool) (*recObj, error) {
	var input, to rt.Value = rt.None, rt.None
	capture, check := false, false
	var rest []rt.KwArg
	for _, kw := range kwargs {
		switch kw.Name {
		case "input":
			input = kw.Value
		case "timeout":
			to = kw.Value
		case "capture_output":
			capture = rt.Truthy(kw.Value)
		case "check":
			check = rt.Truthy(kw.Value)
		default:
			rest = append(rest, kw)
		}
	}
	a, err := parsePopenArgs(fname, args, rest)
	if err != nil {
		return nil, err
	}
	if capture {
		if a.stdout != rt.None || a.stderr != rt.None {
			return nil, rt.NewError(rt.ValueErrorType, "stdout and stderr arguments may not be used with capture_output.")
		}
		a.stdout, a.stderr = rt.MakeInt(spPIPE), rt.MakeInt(spPIPE)
	}
	if input != rt.None {
		if a.stdin != rt.None {
			return nil, rt.NewError(rt.ValueErrorType, "stdin and input arguments may not both be used.")
		}
		a.stdin = rt.MakeInt(spPIPE)
	}
	p, err := startPopen(th, a)
	if err != nil {
		return nil, err
	}
	out, errv, err := p.communicate(th, input, to)
	if err != nil {
		if rt.IsExc(err, timeoutExpiredType) {
			p.killGroup()
			<-p.done
		} else if !rt.IsCancelled(err) {
			p.killGroup()
		}
		return nil, err
	}
	rc := p.returncode()
	if check {
		if n, _ := rt.AsInt64(rc); n != 0 {
			return nil, newCalledProcessError(calledProcessErrType, rc, a.args, out, errv)
		}
	}
	return newCompleted(a.args, rc, out, errv), nil
}

func osSystem(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	setupSubprocessTypes() // os.system runs through subprocess
	var cmd string
	if err := rt.UnpackArgs("system", args, kwargs, "command", &cmd); err != nil {
		return nil, err
	}
	cp, err := spRunMode(th, "system", []rt.Value{rt.Str(cmd)}, []rt.KwArg{{Name: "shell", Value: rt.True}}, false)
	if err != nil {
		return nil, err
	}
	rc, _ := rt.AsInt64(cp.get("returncode"))
	if rc < 0 {
		return rt.MakeInt(-rc), nil
	}
	return rt.MakeInt(rc << 8), nil
}
