package stdlib

import (
	"math"
	"os"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// signal.alarm, setitimer and getitimer: the real-time interval timer
// (ITIMER_REAL), which sends SIGALRM when it expires and then every
// interval. A Python handler runs in the main thread like any signal's;
// otherwise the OS's action for SIGALRM applies. ITIMER_VIRTUAL and
// ITIMER_PROF (CPU-time timers) are not supported: setitimer raises
// ItimerError for them.

const (
	itimerReal    = 0
	itimerVirtual = 1
	itimerProf    = 2
)

var itimerErrorType = newSigItimerError()

func newSigItimerError() *rt.Type {
	t := goClass("itimer_error", "signal", []*rt.Type{rt.OSErrorType})
	return t
}

// sigTimer is the state of ITIMER_REAL, under sigState's lock.
type sigTimer struct {
	timer    *time.Timer
	at       time.Time     // when it next fires
	interval time.Duration // then every interval (0: once)
	gen      int           // bumped by every set: a stale firing does nothing
}

// setRealTimer arms ITIMER_REAL (delay 0 disarms it) and returns what
// was left of the previous setting.
func setRealTimer(delay, interval time.Duration) (oldDelay, oldInterval time.Duration) {
	sigState.Lock()
	defer sigState.Unlock()
	t := &sigState.itimer
	oldDelay, oldInterval = t.leftLocked()
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
	t.gen++
	t.interval = 0
	if delay > 0 {
		t.interval = interval
		t.armLocked(delay)
	}
	return oldDelay, oldInterval
}

func (t *sigTimer) leftLocked() (time.Duration, time.Duration) {
	if t.timer == nil {
		return 0, 0
	}
	return max(time.Until(t.at), time.Microsecond), t.interval
}

func (t *sigTimer) armLocked(d time.Duration) {
	gen := t.gen
	t.at = time.Now().Add(d)
	t.timer = time.AfterFunc(d, func() { t.fire(gen) })
}

// fire sends SIGALRM for the setting gen, and re-arms an interval timer.
func (t *sigTimer) fire(gen int) {
	sigState.Lock()
	if gen != t.gen {
		sigState.Unlock()
		return
	}
	t.timer = nil
	if t.interval > 0 {
		t.armLocked(t.interval)
	}
	sigState.Unlock()
	if SignalHandler(int(syscall.SIGALRM)) == nil {
		_ = syscall.Kill(os.Getpid(), syscall.SIGALRM) // the OS's action (or SIG_IGN)
		return
	}
	deliverSignal(rt.NewThread("signal-handler"), int(syscall.SIGALRM))
}

func secondsDur(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

func durPair(a, b time.Duration) rt.Value {
	return rt.NewTuple([]rt.Value{rt.Float(a.Seconds()), rt.Float(b.Seconds())})
}

func addITimerFuncs(m *rt.Module) {
	m.Dict.SetStr("ITIMER_REAL", rt.MakeInt(itimerReal))
	m.Dict.SetStr("ITIMER_VIRTUAL", rt.MakeInt(itimerVirtual))
	m.Dict.SetStr("ITIMER_PROF", rt.MakeInt(itimerProf))
	m.Dict.SetStr("ItimerError", itimerErrorType)
	which := func(w int) error {
		switch w {
		case itimerReal:
			return nil
		case itimerVirtual, itimerProf:
			return rt.NewError(itimerErrorType, "CPU-time interval timers are not supported")
		}
		return rt.NewException(itimerErrorType, rt.MakeInt(int64(syscall.EINVAL)), rt.Str("Invalid argument"))
	}
	m.Dict.SetStr("alarm", rt.NewFunc("alarm", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var secs int
		if err := rt.UnpackArgs("alarm", args, kwargs, "seconds", &secs, "/"); err != nil {
			return nil, err
		}
		old, _ := setRealTimer(time.Duration(secs)*time.Second, 0)
		left := 0
		if old > 0 {
			left = max(int(math.Round(old.Seconds())), 1)
		}
		return rt.MakeInt(int64(left)), nil
	}))
	m.Dict.SetStr("setitimer", rt.NewFunc("setitimer", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var w int
		var sec, interval float64
		if err := rt.UnpackArgs("setitimer", args, kwargs, "which", &w, "seconds", &sec, "interval?", &interval, "/"); err != nil {
			return nil, err
		}
		if err := which(w); err != nil {
			return nil, err
		}
		if sec < 0 || interval < 0 {
			return nil, rt.NewException(itimerErrorType, rt.MakeInt(int64(syscall.EINVAL)), rt.Str("Invalid argument"))
		}
		return durPair(setRealTimer(secondsDur(sec), secondsDur(interval))), nil
	}))
	m.Dict.SetStr("getitimer", rt.NewFunc("getitimer", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var w int
		if err := rt.UnpackArgs("getitimer", args, kwargs, "which", &w, "/"); err != nil {
			return nil, err
		}
		if err := which(w); err != nil {
			return nil, err
		}
		sigState.Lock()
		defer sigState.Unlock()
		return durPair(sigState.itimer.leftLocked()), nil
	}))
}
