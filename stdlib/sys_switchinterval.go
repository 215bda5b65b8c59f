package stdlib

import (
	"math"
	"sync/atomic"

	rt "github.com/spindle-lang/spindle/runtime"
)

// sys.getswitchinterval / sys.setswitchinterval. Spindle has no GIL to
// hand over, so the interval changes nothing; it is kept, as CPython keeps
// it, in whole microseconds (5000 by default), so code written for
// CPython that tunes it (thread-race demonstrations) reads back what
// CPython would.
var switchIntervalMicros atomic.Int64

func init() { switchIntervalMicros.Store(5000) }

func sysGetSwitchInterval(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, rt.NewError(rt.TypeErrorType, "sys.getswitchinterval() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	return rt.Float(float64(switchIntervalMicros.Load()) / 1e6), nil
}

func sysSetSwitchInterval(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v, err := oneArg("setswitchinterval", args, kwargs)
	if err != nil {
		return nil, err
	}
	f, err := toFloat(th, v)
	if err != nil {
		return nil, err
	}
	if f <= 0 {
		return nil, rt.NewError(rt.ValueErrorType, "switch interval must be strictly positive")
	}
	us := int64(math.MaxInt64) // nan and huge values: no meaningful interval
	if f*1e6 < math.MaxInt64 {
		us = int64(f * 1e6)
	}
	switchIntervalMicros.Store(us)
	return rt.None, nil
}
