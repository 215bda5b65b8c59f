package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The methods of the datetime types, the module, strftime, strptime and
// fromisoformat.

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// loadDatetimeModule makes the datetime module (registered in modules.go).
func loadDatetimeModule() *rt.Module {
	setupDatetimeTypes()
	return newDatetimeModule()
}

// datetimeSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib):
// datetime objects exist only once datetime is imported, or logging makes one (fromGoTime sets it up).
var datetimeSetup sync.Once

func setupDatetimeTypes() { datetimeSetup.Do(initDatetimeTypes) }

func initDatetimeTypes() {
	timedeltaType.New = newTimedelta
	dateType.New = newDate
	timeType.New = newTime
	datetimeType.New = newDatetime
	datetimeType.SetModule("datetime")
	timezoneType.SetModule("datetime")
	tzinfoType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return &tzinfoBase{}, nil
	}
	timezoneType.New = newTimezone
	initDatetimeMethods()
	initTimetupleMethods()
	initIsoCalendarConstructors()
}

// tzinfoBase is a bare tzinfo() (user subclasses carry it as Base).
type tzinfoBase struct{}

func (*tzinfoBase) Type() *rt.Type { return tzinfoType }

func newTimezone(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var off rt.Value
	var name rt.Value = rt.None
	if err := rt.UnpackArgs("timezone", args, kwargs, "offset", &off, "name?", &name); err != nil {
		return nil, err
	}
	td, ok := off.(*timedelta)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "timezone() argument 1 must be datetime.timedelta, not %s", rt.TypeName(off))
	}
	us := td.totalMicros()
	if us <= -usPerDay || us >= usPerDay {
		return nil, rt.NewError(rt.ValueErrorType, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", mustRepr(td))
	}
	z := &timezone{offset: us}
	if s, ok := name.(rt.Str); ok {
		z.name, z.named = string(s), true
	}
	return z, nil
}

func mustRepr(v rt.Value) string {
	s, _ := rt.Repr(nil, v)
	return s
}

func newDatetimeModule() *rt.Module {
	m := rt.NewModule("datetime")
	for _, t := range []*rt.Type{timedeltaType, dateType, timeType, datetimeType, tzinfoType, timezoneType} {
		m.Dict.SetStr(t.Name(), t)
	}
	m.Dict.SetStr("MINYEAR", rt.MakeInt(1))
	m.Dict.SetStr("MAXYEAR", rt.MakeInt(9999))
	m.Dict.SetStr("UTC", utcZone)
	return m
}

func dateOf(v rt.Value) *date {
	switch x := instBase(v).(type) {
	case *date:
		return x
	case *datetime:
		return &x.date
	}
	return nil
}

func dtOf(v rt.Value) *datetime {
	x, _ := instBase(v).(*datetime)
	return x
}

func timeOf(v rt.Value) *dtime {
	x, _ := instBase(v).(*dtime)
	return x
}

func tdOf(v rt.Value) *timedelta {
	x, _ := instBase(v).(*timedelta)
	return x
}

type bfn = func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)

func plainFn(name string, fn func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error)) *rt.Builtin {
	return rt.NewFunc(name, fn)
}

func initDatetimeMethods() {
	// timedelta
	timedeltaType.AddMethods(
		rt.NewMethod("__abs__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return tdOf(self).Abs(th)
		}),
		rt.NewMethod("__divmod__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := checkArgCount("__divmod__", args, kwargs, 1, 1); err != nil {
				return nil, err
			}
			o := tdOf(args[0])
			if o == nil {
				return rt.NotImplemented, nil
			}
			a, b := tdOf(self).totalMicros(), o.totalMicros()
			if b == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			q := floorDiv(a, b)
			return rt.NewTuple([]rt.Value{rt.MakeInt(q), tdFromMicros(a - q*b)}), nil
		}),
		rt.NewMethod("total_seconds", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			t := tdOf(self)
			return rt.Float(float64(t.totalMicros()) / 1e6), nil
		}),
	)
	timedeltaType.Dict.SetStr("min", &timedelta{days: -999999999})
	timedeltaType.Dict.SetStr("max", &timedelta{days: 999999999, secs: 86399, micros: 999999})
	timedeltaType.Dict.SetStr("resolution", &timedelta{micros: 1})

	// timezone
	timezoneType.AddMethods(
		rt.NewMethod("utcoffset", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return tdFromMicros(self.(*timezone).offset), nil
		}),
		rt.NewMethod("tzname", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(self.(*timezone).tzname()), nil
		}),
		rt.NewMethod("dst", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.None, nil
		}),
		rt.NewMethod("fromutc", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(args[0])
			return dtFromMicros(d.naiveMicros()+self.(*timezone).offset, self)
		}),
	)
	timezoneType.Dict.SetStr("utc", utcZone)
	timezoneType.Dict.SetStr("min", &timezone{offset: -(usPerDay - 60000000)})
	timezoneType.Dict.SetStr("max", &timezone{offset: usPerDay - 60000000})

	// date
	dateMethods := []*rt.Builtin{
		rt.NewMethod("isoformat", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(dateOf(self).iso()), nil
		}),
		rt.NewMethod("weekday", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dateOf(self)
			return rt.MakeInt(int64(weekday(d.y, d.m, d.d))), nil
		}),
		rt.NewMethod("isoweekday", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dateOf(self)
			return rt.MakeInt(int64(weekday(d.y, d.m, d.d) + 1)), nil
		}),
		rt.NewMethod("toordinal", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dateOf(self)
			return rt.MakeInt(toOrdinal(d.y, d.m, d.d)), nil
		}),
		rt.NewMethod("isocalendar", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dateOf(self)
			y, w := time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).ISOWeek()
			return newNamedTuple(isoCalendarType, []string{"year", "week", "weekday"}, []rt.Value{rt.MakeInt(int64(y)), rt.MakeInt(int64(w)), rt.MakeInt(int64(weekday(d.y, d.m, d.d) + 1))}), nil
		}),
		rt.NewMethod("strftime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var f string
			if err := rt.UnpackArgs("strftime", args, kwargs, "format", &f); err != nil {
				return nil, err
			}
			return rt.Str(strftimeOf(th, self, f)), nil
		}),
		rt.NewMethod("__format__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var f string
			if err := rt.UnpackArgs("__format__", args, kwargs, "format_spec", &f); err != nil {
				return nil, err
			}
			if f == "" {
				s, err := rt.ToStr(th, self)
				return rt.Str(s), err
			}
			return rt.Str(strftimeOf(th, self, f)), nil
		}),
		rt.NewMethod("ctime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(strftimeOf(th, self, "%a %b %e %H:%M:%S %Y")), nil
		}),
		rt.NewMethod("replace", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dateOf(self)
			v := []int{d.y, d.m, d.d}
			if err := intArgs("replace", args, kwargs, []string{"year", "month", "day"}, 0, v); err != nil {
				return nil, err
			}
			if err := checkDate(v[0], v[1], v[2]); err != nil {
				return nil, err
			}
			return &date{v[0], v[1], v[2]}, nil
		}),
	}
	dateType.AddMethods(dateMethods...)
	dateType.Dict.SetStr("today", plainFn("today", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		n := time.Now()
		return &date{n.Year(), int(n.Month()), n.Day()}, nil
	}))
	dateType.Dict.SetStr("fromordinal", plainFn("fromordinal", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var n int
		if err := rt.UnpackArgs("fromordinal", args, kwargs, "ordinal", &n); err != nil {
			return nil, err
		}
		if n < 1 || n > 3652059 {
			return nil, rt.NewError(rt.ValueErrorType, "ordinal must be >= 1")
		}
		y, m, d := fromOrdinal(int64(n))
		return &date{y, m, d}, nil
	}))
	dateType.Dict.SetStr("fromisoformat", plainFn("fromisoformat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s string
		if err := rt.UnpackArgs("fromisoformat", args, kwargs, "date_string", &s); err != nil {
			return nil, err
		}
		y, m, d, ok := parseIsoDate(s)
		if !ok || len(s) != 10 && len(s) != 8 {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid isoformat string: %s", pyQuote(s))
		}
		if err := checkDate(y, m, d); err != nil {
			return nil, err
		}
		return &date{y, m, d}, nil
	}))
	dateType.Dict.SetStr("fromtimestamp", plainFn("fromtimestamp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var ts float64
		if err := rt.UnpackArgs("fromtimestamp", args, kwargs, "timestamp", &ts); err != nil {
			return nil, err
		}
		d, err := fromTimestamp(th, ts, nil)
		if err != nil {
			return nil, err
		}
		return &date{d.y, d.m, d.d}, nil
	}))
	dateType.Dict.SetStr("min", &date{1, 1, 1})
	dateType.Dict.SetStr("max", &date{9999, 12, 31})
	dateType.Dict.SetStr("resolution", &timedelta{days: 1})

	// time
	timeType.AddMethods(
		rt.NewMethod("isoformat", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			spec := "auto"
			if err := rt.UnpackArgs("isoformat", args, kwargs, "timespec?", &spec); err != nil {
				return nil, err
			}
			s, err := timeOf(self).iso(spec)
			return rt.Str(s), err
		}),
		rt.NewMethod("strftime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var f string
			if err := rt.UnpackArgs("strftime", args, kwargs, "format", &f); err != nil {
				return nil, err
			}
			return rt.Str(strftimeOf(th, self, f)), nil
		}),
		rt.NewMethod("__format__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			f, _ := rt.ToStr(th, args[0])
			if f == "" {
				s, err := rt.ToStr(th, self)
				return rt.Str(s), err
			}
			return rt.Str(strftimeOf(th, self, f)), nil
		}),
		rt.NewMethod("replace", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			t := timeOf(self)
			var tz rt.Value = dtOrNone(t.tz)
			h, mi, s, us := t.h, t.mi, t.s, t.us
			if err := rt.UnpackArgs("replace", args, kwargs, "hour?", &h, "minute?", &mi, "second?", &s, "microsecond?", &us, "tzinfo?", &tz); err != nil {
				return nil, err
			}
			if err := checkTime(h, mi, s, us); err != nil {
				return nil, err
			}
			z, err := tzArg(tz)
			if err != nil {
				return nil, err
			}
			return &dtime{h: h, mi: mi, s: s, us: us, tz: z}, nil
		}),
		rt.NewMethod("utcoffset", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if off, ok := tzOffset(th, timeOf(self).tz, rt.None); ok {
				return tdFromMicros(off), nil
			}
			return rt.None, nil
		}),
		rt.NewMethod("tzname", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return tzName(th, timeOf(self).tz, rt.None), nil
		}),
	)
	timeType.Dict.SetStr("fromisoformat", plainFn("fromisoformat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s string
		if err := rt.UnpackArgs("fromisoformat", args, kwargs, "time_string", &s); err != nil {
			return nil, err
		}
		t, ok := parseIsoTime(strings.TrimPrefix(s, "T"))
		if !ok {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid isoformat string: %s", pyQuote(s))
		}
		return t, nil
	}))
	timeType.Dict.SetStr("min", &dtime{})
	timeType.Dict.SetStr("max", &dtime{h: 23, mi: 59, s: 59, us: 999999})

	// datetime
	datetimeType.AddMethods(
		rt.NewMethod("isoformat", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			sep, spec := "T", "auto"
			if err := rt.UnpackArgs("isoformat", args, kwargs, "sep?", &sep, "timespec?", &spec); err != nil {
				return nil, err
			}
			s, err := dtOf(self).iso(sep, spec)
			return rt.Str(s), err
		}),
		rt.NewMethod("ctime", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(strftimeOf(th, self, "%a %b %e %H:%M:%S %Y")), nil
		}),
		rt.NewMethod("date", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(self)
			return &date{d.y, d.m, d.d}, nil
		}),
		rt.NewMethod("time", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(self)
			return &dtime{h: d.t.h, mi: d.t.mi, s: d.t.s, us: d.t.us}, nil
		}),
		rt.NewMethod("timetz", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(self)
			t := d.t
			return &t, nil
		}),
		rt.NewMethod("replace", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(self)
			y, m, dd, h, mi, s, us := d.y, d.m, d.d, d.t.h, d.t.mi, d.t.s, d.t.us
			var tz rt.Value = dtOrNone(d.t.tz)
			if err := rt.UnpackArgs("replace", args, kwargs, "year?", &y, "month?", &m, "day?", &dd, "hour?", &h, "minute?", &mi,
				"second?", &s, "microsecond?", &us, "tzinfo?", &tz); err != nil {
				return nil, err
			}
			if err := checkDate(y, m, dd); err != nil {
				return nil, err
			}
			if err := checkTime(h, mi, s, us); err != nil {
				return nil, err
			}
			z, err := tzArg(tz)
			if err != nil {
				return nil, err
			}
			return &datetime{date: date{y, m, dd}, t: dtime{h: h, mi: mi, s: s, us: us, tz: z}}, nil
		}),
		rt.NewMethod("timestamp", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Float(dtOf(self).timestamp(th)), nil
		}),
		rt.NewMethod("utcoffset", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if off, ok := dtOf(self).offset(th); ok {
				return tdFromMicros(off), nil
			}
			return rt.None, nil
		}),
		rt.NewMethod("tzname", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			d := dtOf(self)
			return tzName(th, d.t.tz, d), nil
		}),
		rt.NewMethod("dst", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if tz := dtOf(self).t.tz; tz != nil && tz != rt.None {
				return rt.CallMethod(th, tz, "dst", []rt.Value{self}, nil)
			}
			return rt.None, nil
		}),
		rt.NewMethod("astimezone", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var tz rt.Value = rt.None
			if err := rt.UnpackArgs("astimezone", args, kwargs, "tz?", &tz); err != nil {
				return nil, err
			}
			d := dtOf(self)
			off, ok := d.offset(th)
			if !ok {
				off = localOffset(d)
			}
			utcUs := d.naiveMicros() - off
			if tz == rt.None {
				t := time.UnixMicro(utcUs - (toOrdinal(1970, 1, 1)-1)*usPerDay)
				name, secs := t.Zone()
				return dtFromMicros(utcUs+int64(secs)*1000000, &timezone{offset: int64(secs) * 1000000, name: name, named: true})
			}
			z, err := tzArg(tz)
			if err != nil {
				return nil, err
			}
			utc, err := dtFromMicros(utcUs, nil)
			if err != nil {
				return nil, err
			}
			noff, _ := tzOffset(th, z, utc)
			return dtFromMicros(utcUs+noff, z)
		}),
	)
	datetimeType.Dict.SetStr("now", plainFn("now", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var tz rt.Value = rt.None
		if err := rt.UnpackArgs("now", args, kwargs, "tz?", &tz); err != nil {
			return nil, err
		}
		z, err := tzArg(tz)
		if err != nil {
			return nil, err
		}
		return nowIn(th, z)
	}))
	datetimeType.Dict.SetStr("today", plainFn("today", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return nowIn(th, nil)
	}))
	datetimeType.Dict.SetStr("utcnow", plainFn("utcnow", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return fromGoTime(time.Now().UTC(), nil), nil
	}))
	datetimeType.Dict.SetStr("fromtimestamp", plainFn("fromtimestamp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var ts float64
		var tz rt.Value = rt.None
		if err := rt.UnpackArgs("fromtimestamp", args, kwargs, "timestamp", &ts, "tz?", &tz); err != nil {
			return nil, err
		}
		z, err := tzArg(tz)
		if err != nil {
			return nil, err
		}
		return fromTimestamp(th, ts, z)
	}))
	datetimeType.Dict.SetStr("utcfromtimestamp", plainFn("utcfromtimestamp", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var ts float64
		if err := rt.UnpackArgs("utcfromtimestamp", args, kwargs, "timestamp", &ts); err != nil {
			return nil, err
		}
		d, err := fromTimestamp(th, ts, utcZone)
		if err != nil {
			return nil, err
		}
		d.t.tz = nil
		return d, nil
	}))
	datetimeType.Dict.SetStr("combine", plainFn("combine", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var dv, tv rt.Value
		var tz rt.Value
		if err := rt.UnpackArgs("combine", args, kwargs, "date", &dv, "time", &tv, "tzinfo?", &tz); err != nil {
			return nil, err
		}
		d, t := dateOf(dv), timeOf(tv)
		if d == nil || t == nil {
			return nil, rt.NewError(rt.TypeErrorType, "combine() argument must be date and time")
		}
		tt := *t
		if tz != nil {
			z, err := tzArg(tz)
			if err != nil {
				return nil, err
			}
			tt.tz = z
		}
		return &datetime{date: date{d.y, d.m, d.d}, t: tt}, nil
	}))
	datetimeType.Dict.SetStr("fromisoformat", plainFn("fromisoformat", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s string
		if err := rt.UnpackArgs("fromisoformat", args, kwargs, "date_string", &s); err != nil {
			return nil, err
		}
		d, ok := parseIsoDatetime(s)
		if !ok {
			return nil, rt.NewError(rt.ValueErrorType, "Invalid isoformat string: %s", pyQuote(s))
		}
		if err := checkDate(d.y, d.m, d.d); err != nil {
			return nil, err
		}
		return d, nil
	}))
	datetimeType.Dict.SetStr("strptime", plainFn("strptime", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var s, f string
		if err := rt.UnpackArgs("strptime", args, kwargs, "date_string", &s, "format", &f); err != nil {
			return nil, err
		}
		return strptime(s, f)
	}))
	datetimeType.Dict.SetStr("min", &datetime{date: date{1, 1, 1}})
	datetimeType.Dict.SetStr("max", &datetime{date: date{9999, 12, 31}, t: dtime{h: 23, mi: 59, s: 59, us: 999999}})
	datetimeType.Dict.SetStr("resolution", &timedelta{micros: 1})
}

var isoCalendarType = func() *rt.Type {
	t := rt.NewBuiltinType("datetime.IsoCalendarDate", rt.TupleType)
	t.SetModule("datetime")
	return t
}()

// ---- strftime ----

func strftimeOf(th *rt.Thread, v rt.Value, f string) string {
	var d date
	var t dtime
	hasDate := true
	switch x := instBase(v).(type) {
	case *date:
		d = *x
	case *datetime:
		d, t = x.date, x.t
	case *dtime:
		d, t = date{1900, 1, 1}, *x
		hasDate = false
	}
	_ = hasDate
	var b strings.Builder
	gt := time.Date(d.y, time.Month(d.m), d.d, t.h, t.mi, t.s, 0, time.UTC)
	wd := weekday(d.y, d.m, d.d)
	yday := gt.YearDay()
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b.WriteByte(c)
			continue
		}
		i++
		switch f[i] {
		case 'a':
			b.WriteString(dayNames[wd][:3])
		case 'A':
			b.WriteString(dayNames[wd])
		case 'w':
			fmt.Fprintf(&b, "%d", (wd+1)%7)
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'd':
			fmt.Fprintf(&b, "%02d", d.d)
		case 'e':
			fmt.Fprintf(&b, "%2d", d.d)
		case 'b', 'h':
			b.WriteString(monthNames[d.m-1][:3])
		case 'B':
			b.WriteString(monthNames[d.m-1])
		case 'm':
			fmt.Fprintf(&b, "%02d", d.m)
		case 'y':
			fmt.Fprintf(&b, "%02d", d.y%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", d.y)
		case 'C':
			fmt.Fprintf(&b, "%02d", d.y/100)
		case 'G':
			y, _ := gt.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'V':
			_, w := gt.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'H':
			fmt.Fprintf(&b, "%02d", t.h)
		case 'k':
			fmt.Fprintf(&b, "%2d", t.h)
		case 'I':
			fmt.Fprintf(&b, "%02d", (t.h+11)%12+1)
		case 'l':
			fmt.Fprintf(&b, "%2d", (t.h+11)%12+1)
		case 'p':
			if t.h < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'M':
			fmt.Fprintf(&b, "%02d", t.mi)
		case 'S':
			fmt.Fprintf(&b, "%02d", t.s)
		case 'f':
			fmt.Fprintf(&b, "%06d", t.us)
		case 'j':
			fmt.Fprintf(&b, "%03d", yday)
		case 'U':
			fmt.Fprintf(&b, "%02d", (yday+6-(wd+1)%7)/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (yday+6-wd)/7)
		case 'z':
			if off, ok := tzOffset(th, t.tz, v); ok {
				b.WriteString(formatOffset(off, ""))
			}
		case 'Z':
			if n := tzName(th, t.tz, v); n != rt.None {
				s, _ := rt.ToStr(th, n)
				b.WriteString(s)
			}
		case 'c':
			b.WriteString(strftimeOf(th, v, "%a %b %e %H:%M:%S %Y"))
		case 'x':
			b.WriteString(strftimeOf(th, v, "%m/%d/%y"))
		case 'X':
			b.WriteString(strftimeOf(th, v, "%H:%M:%S"))
		case 'D':
			b.WriteString(strftimeOf(th, v, "%m/%d/%y"))
		case 'T':
			b.WriteString(strftimeOf(th, v, "%H:%M:%S"))
		case 'R':
			b.WriteString(strftimeOf(th, v, "%H:%M"))
		case 'F':
			b.WriteString(strftimeOf(th, v, "%Y-%m-%d"))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// ---- strptime ----

func strptime(s, f string) (rt.Value, error) {
	fail := func() error {
		return rt.NewError(rt.ValueErrorType, "time data %s does not match format %s", pyQuote(s), pyQuote(f))
	}
	y, m, d, h, mi, sec, us := 1900, 1, 1, 0, 0, 0, 0
	hour12, pm, hasPM := false, false, false
	yday := -1
	var tz rt.Value
	pos := 0
	num := func(maxLen int) (int, bool) {
		start := pos
		for pos < len(s) && pos-start < maxLen && s[pos] >= '0' && s[pos] <= '9' {
			pos++
		}
		if pos == start {
			return 0, false
		}
		n, _ := strconv.Atoi(s[start:pos])
		return n, true
	}
	name := func(names []string, abbrev bool) (int, bool) {
		for i, n := range names {
			cand := n
			if abbrev {
				cand = n[:3]
			}
			if len(s)-pos >= len(cand) && strings.EqualFold(s[pos:pos+len(cand)], cand) {
				pos += len(cand)
				return i, true
			}
		}
		return 0, false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' {
			for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n') {
				pos++
			}
			continue
		}
		if c != '%' || i+1 >= len(f) {
			if pos >= len(s) || s[pos] != c {
				return nil, fail()
			}
			pos++
			continue
		}
		i++
		var ok bool
		switch f[i] {
		case 'Y':
			y, ok = num(4)
		case 'y':
			var n int
			n, ok = num(2)
			if n < 69 {
				y = 2000 + n
			} else {
				y = 1900 + n
			}
		case 'm':
			m, ok = num(2)
			ok = ok && m >= 1 && m <= 12
		case 'd':
			d, ok = num(2)
			ok = ok && d >= 1 && d <= 31
		case 'H':
			h, ok = num(2)
			ok = ok && h <= 23
		case 'I':
			h, ok = num(2)
			ok = ok && h >= 1 && h <= 12
			hour12 = true
		case 'M':
			mi, ok = num(2)
			ok = ok && mi <= 59
		case 'S':
			sec, ok = num(2)
			ok = ok && sec <= 61
		case 'f':
			start := pos
			_, ok = num(6)
			if ok {
				frac := s[start:pos]
				us, _ = strconv.Atoi(frac + strings.Repeat("0", 6-len(frac)))
			}
		case 'j':
			yday, ok = num(3)
			ok = ok && yday >= 1 && yday <= 366
		case 'b', 'h':
			var n int
			if n, ok = name(monthNames, false); !ok {
				n, ok = name(monthNames, true)
			}
			m = n + 1
		case 'B':
			var n int
			if n, ok = name(monthNames, false); !ok {
				n, ok = name(monthNames, true)
			}
			m = n + 1
		case 'a', 'A':
			if _, ok = name(dayNames, false); !ok {
				_, ok = name(dayNames, true)
			}
		case 'w', 'u':
			_, ok = num(1)
		case 'p':
			if len(s)-pos >= 2 {
				p := strings.ToUpper(s[pos : pos+2])
				if p == "AM" || p == "PM" {
					pm, hasPM, ok = p == "PM", true, true
					pos += 2
				}
			}
		case 'z':
			if pos < len(s) && s[pos] == 'Z' {
				pos++
				tz, ok = utcZone, true
				break
			}
			if pos < len(s) && (s[pos] == '+' || s[pos] == '-') {
				sign := int64(1)
				if s[pos] == '-' {
					sign = -1
				}
				pos++
				hh, ok1 := num(2)
				if pos < len(s) && s[pos] == ':' {
					pos++
				}
				mm, ok2 := num(2)
				ok = ok1 && ok2
				if ok {
					off := sign * (int64(hh)*3600 + int64(mm)*60) * 1000000
					if off == 0 {
						tz = utcZone
					} else {
						tz = &timezone{offset: off}
					}
				}
			}
		case 'Z':
			for _, n := range []string{"UTC", "GMT"} {
				if strings.HasPrefix(s[pos:], n) {
					pos += len(n)
					ok = true
				}
			}
		case '%':
			ok = pos < len(s) && s[pos] == '%'
			if ok {
				pos++
			}
		default:
			return nil, rt.NewError(rt.ValueErrorType, "'%c' is a bad directive in format '%s'", f[i], f)
		}
		if !ok {
			return nil, fail()
		}
	}
	if pos < len(s) {
		return nil, rt.NewError(rt.ValueErrorType, "unconverted data remains: %s", s[pos:])
	}
	if hour12 && hasPM {
		h = h % 12
		if pm {
			h += 12
		}
	}
	if yday > 0 {
		y2, m2, d2 := fromOrdinal(toOrdinal(y, 1, 1) + int64(yday) - 1)
		y, m, d = y2, m2, d2
	}
	if err := checkDate(y, m, d); err != nil {
		return nil, err
	}
	return &datetime{date: date{y, m, d}, t: dtime{h: h, mi: mi, s: sec, us: us, tz: tz}}, nil
}

// ---- fromisoformat ----

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func parseIsoDate(s string) (y, m, d int, ok bool) {
	var ys, ms, ds string
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		ys, ms, ds = s[:4], s[5:7], s[8:10]
	case len(s) >= 8:
		ys, ms, ds = s[:4], s[4:6], s[6:8]
	default:
		return 0, 0, 0, false
	}
	var ok1, ok2, ok3 bool
	y, ok1 = digits(ys)
	m, ok2 = digits(ms)
	d, ok3 = digits(ds)
	return y, m, d, ok1 && ok2 && ok3
}

func parseIsoTime(s string) (*dtime, bool) {
	t := &dtime{}
	// offset
	if i := strings.IndexAny(s, "+-Z"); i >= 0 {
		off := s[i:]
		s = s[:i]
		if off == "Z" {
			t.tz = utcZone
		} else {
			sign := int64(1)
			if off[0] == '-' {
				sign = -1
			}
			rest := strings.ReplaceAll(off[1:], ":", "")
			if len(rest) < 4 {
				return nil, false
			}
			hh, ok1 := digits(rest[:2])
			mm, ok2 := digits(rest[2:4])
			ss := 0
			ok3 := true
			if len(rest) >= 6 {
				ss, ok3 = digits(rest[4:6])
			}
			if !ok1 || !ok2 || !ok3 {
				return nil, false
			}
			us := sign * (int64(hh)*3600 + int64(mm)*60 + int64(ss)) * 1000000
			if us == 0 {
				t.tz = utcZone
			} else {
				t.tz = &timezone{offset: us}
			}
		}
	}
	frac := ""
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		frac = s[i+1:]
		s = s[:i]
		if frac == "" {
			return nil, false
		}
	}
	parts := strings.Split(s, ":")
	if len(parts) == 1 && len(s) > 2 {
		// compact HHMMSS
		for j := 0; j < len(s); j += 2 {
			if j+2 > len(s) {
				return nil, false
			}
			if j == 0 {
				parts = nil
			}
			parts = append(parts, s[j:j+2])
		}
	}
	if len(parts) > 3 {
		return nil, false
	}
	vals := []*int{&t.h, &t.mi, &t.s}
	for i, p := range parts {
		if len(p) != 2 {
			return nil, false
		}
		n, ok := digits(p)
		if !ok {
			return nil, false
		}
		*vals[i] = n
	}
	if frac != "" {
		if len(frac) > 6 {
			frac = frac[:6]
		}
		n, ok := digits(frac)
		if !ok {
			return nil, false
		}
		for k := len(frac); k < 6; k++ {
			n *= 10
		}
		t.us = n
	}
	if checkTime(t.h, t.mi, t.s, t.us) != nil {
		return nil, false
	}
	return t, true
}

func parseIsoDatetime(s string) (*datetime, bool) {
	y, m, d, ok := parseIsoDate(s)
	if !ok {
		return nil, false
	}
	dl := 10
	if len(s) < 10 || s[4] != '-' {
		dl = 8
	}
	rest := s[dl:]
	dt := &datetime{date: date{y, m, d}}
	if rest == "" {
		return dt, true
	}
	t, ok := parseIsoTime(rest[1:])
	if !ok {
		return nil, false
	}
	dt.t = *t
	return dt, true
}
