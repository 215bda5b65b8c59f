package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// date.timetuple, datetime.timetuple and datetime.utctimetuple: the
// time.struct_time of a date or datetime, as CPython builds it (a
// 9-sequence, so tm_zone and tm_gmtoff are None); a date's time is
// midnight and its tm_isdst -1.

func initTimetupleMethods() {
	dateType.AddMethods(rt.NewMethod("timetuple", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := dtNoArgs("date.timetuple", args, kwargs); err != nil {
			return nil, err
		}
		return buildStructTime(*dateOf(self), dtime{}, -1), nil
	}))
	datetimeType.AddMethods(
		rt.NewMethod("timetuple", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := dtNoArgs("datetime.timetuple", args, kwargs); err != nil {
				return nil, err
			}
			dst, err := rt.CallMethod(th, self, "dst", nil, nil)
			if err != nil {
				return nil, err
			}
			isdst := -1
			if dst != rt.None {
				isdst = 0
				if ok, err := rt.Truth(th, dst); err != nil {
					return nil, err
				} else if ok {
					isdst = 1
				}
			}
			d := dtOf(self)
			return buildStructTime(d.date, d.t, isdst), nil
		}),
		rt.NewMethod("utctimetuple", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := dtNoArgs("datetime.utctimetuple", args, kwargs); err != nil {
				return nil, err
			}
			d := dtOf(self)
			if off, ok := d.offset(th); ok && off != 0 {
				utc, err := dtFromMicros(d.naiveMicros()-off, nil)
				if err != nil {
					return nil, err
				}
				d = utc
			}
			return buildStructTime(d.date, d.t, 0), nil
		}),
	)
}

// buildStructTime is CPython's _build_struct_time.
func buildStructTime(d date, t dtime, isdst int) *structTime {
	yday := toOrdinal(d.y, d.m, d.d) - toOrdinal(d.y, 1, 1) + 1
	st := &structTime{made: true, extra: [2]rt.Value{rt.None, rt.None}}
	for i, n := range []int64{int64(d.y), int64(d.m), int64(d.d), int64(t.h), int64(t.mi), int64(t.s), int64(weekday(d.y, d.m, d.d)), yday, int64(isdst)} {
		st.fields[i] = rt.MakeInt(n)
	}
	return st
}

// dtNoArgs is CPython's check of a method that takes no arguments.
func dtNoArgs(name string, args []rt.Value, kwargs []rt.KwArg) error {
	if n := len(args) + len(kwargs); n > 0 {
		return rt.NewError(rt.TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	}
	return nil
}
