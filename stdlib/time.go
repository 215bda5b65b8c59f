package stdlib

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"syscall"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The time module. sleep is a cancellation checkpoint (it goes through
// runtime.SleepCancellable); the clocks are Go's wall and monotonic
// clocks; struct_time is a read-only 9-tuple with tm_* attributes.

var processStart = time.Now()

// loadTimeModule makes the time module (registered in modules.go).
func loadTimeModule() *rt.Module {
	setupTimeTypes()
	return newTimeModule()
}

// timeSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var timeSetup sync.Once

func setupTimeTypes() { timeSetup.Do(initTimeTypes) }

func initTimeTypes() {
	structTimeType.AddMethods(rt.NewMethod("__getitem__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		k, err := oneArg("__getitem__", args, kwargs)
		if err != nil {
			return nil, err
		}
		return self.(*structTime).GetItem(th, k)
	}))
}

func newTimeModule() *rt.Module {
	m := rt.NewModule("time")
	m.Dict.SetStr("struct_time", structTimeType)
	_, offset := time.Now().Zone()
	m.Dict.SetStr("timezone", rt.MakeInt(int64(-offset)))
	name, _ := time.Now().Zone()
	m.Dict.SetStr("tzname", tuple2(rt.Str(name), rt.Str(name)))
	for _, f := range []*rt.Builtin{
		clockFunc("time", func() float64 { return float64(time.Now().UnixNano()) / 1e9 }),
		clockNsFunc("time_ns", func() int64 { return time.Now().UnixNano() }),
		clockFunc("monotonic", func() float64 { return time.Since(processStart).Seconds() }),
		clockNsFunc("monotonic_ns", func() int64 { return int64(time.Since(processStart)) }),
		clockFunc("perf_counter", func() float64 { return time.Since(processStart).Seconds() }),
		clockNsFunc("perf_counter_ns", func() int64 { return int64(time.Since(processStart)) }),
		clockFunc("process_time", func() float64 { return float64(processTimeNs()) / 1e9 }),
		clockNsFunc("process_time_ns", processTimeNs),
		rt.NewFunc1("sleep", timeSleep),
		rt.NewFunc("gmtime", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return timeConvert(th, "gmtime", args, kwargs, time.UTC)
		}),
		rt.NewFunc("localtime", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return timeConvert(th, "localtime", args, kwargs, time.Local)
		}),
		rt.NewFunc("mktime", timeMktime),
		rt.NewFunc("strftime", timeStrftime),
		rt.NewFunc("strptime", timeStrptime),
		rt.NewFunc("asctime", timeAsctime),
		rt.NewFunc("ctime", timeCtime),
	} {
		m.Dict.SetStr(f.Name, f)
	}
	return m
}

func processTimeNs() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return int64(time.Since(processStart))
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func clockFunc(name string, fn func() float64) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return rt.Float(fn()), nil
	})
}

func clockNsFunc(name string, fn func() int64) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if err := rt.UnpackArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return rt.MakeInt(fn()), nil
	})
}

// timeSleep is time.sleep(secs). The argument is converted by
// sleepDuration, whose frame (error formatting) is gone by the time the
// thread parks: a sleeping thread stays within Go's initial goroutine
// stack (bench/SPAWN.md).
func timeSleep(th *rt.Thread, a rt.Value) (rt.Value, error) {
	d, err := sleepDuration(th, a)
	if err != nil {
		return nil, err
	}
	if th == rt.MainThread() {
		return mainThreadSleep(th, d)
	}
	return rt.None, rt.SleepCancellable(th, d)
}

// mainThreadSleep is time.sleep in the main thread, whose sleep is
// woken to run a signal handler (signal.go); when the handler returns,
// the sleep goes on for what is left (PEP 475). It is a function of its
// own so that its locals are not in timeSleep's frame, which is on the
// stack of every sleeping thread.
func mainThreadSleep(th *rt.Thread, d time.Duration) (rt.Value, error) {
	end := time.Now().Add(d)
	for {
		if err := rt.SleepCancellable(th, d); err != nil {
			return nil, err
		}
		if d = time.Until(end); d <= 0 {
			return rt.None, nil
		}
	}
}

func sleepDuration(th *rt.Thread, a rt.Value) (time.Duration, error) {
	var secs float64
	switch x := a.(type) {
	case rt.Float:
		secs = float64(x)
	case rt.Int, rt.Bool, *rt.BigInt:
		secs, _ = rt.AsFloat(x)
	default:
		var err error
		if secs, err = toFloat(th, a); err != nil {
			return 0, rt.NewError(rt.TypeErrorType, "'%s' object cannot be interpreted as an integer", rt.TypeName(a))
		}
	}
	if math.IsNaN(secs) {
		return 0, rt.NewError(rt.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return 0, rt.NewError(rt.ValueErrorType, "sleep length must be non-negative")
	}
	if secs > float64(math.MaxInt64)/1e9 {
		return 0, rt.NewError(rt.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	return time.Duration(secs * 1e9), nil
}

// structTime is time.struct_time.
type structTime struct {
	fields [9]rt.Value
	zone   string
	gmtoff int
	// made is set for a struct_time built from a sequence: its tm_zone
	// and tm_gmtoff are the optional 10th and 11th items (None if absent).
	made  bool
	extra [2]rt.Value
}

var structTimeType = func() *rt.Type {
	t := rt.NewBuiltinType("struct_time", nil)
	t.SetModule("time")
	t.New = newStructTimeFromSeq
	return t
}()

// newStructTimeFromSeq is time.struct_time(sequence): 9 to 11 items,
// the last two being tm_zone and tm_gmtoff.
func newStructTimeFromSeq(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var seq rt.Value
	var dict rt.Value = rt.None
	if err := rt.UnpackArgs("struct_time", args, kwargs, "sequence", &seq, "dict?", &dict); err != nil {
		return nil, err
	}
	items, err := rt.IterateAll(th, seq)
	if err != nil {
		return nil, err
	}
	if len(items) < 9 {
		return nil, rt.NewError(rt.TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
	}
	if len(items) > 11 {
		return nil, rt.NewError(rt.TypeErrorType, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
	}
	st := &structTime{made: true, extra: [2]rt.Value{rt.None, rt.None}}
	copy(st.fields[:], items)
	copy(st.extra[:], items[9:])
	return st, nil
}

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (*structTime) Type() *rt.Type { return structTimeType }

func newStructTime(t time.Time) *structTime {
	zone, off := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	st := &structTime{zone: zone, gmtoff: off}
	for i, n := range []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), isdst} {
		st.fields[i] = rt.MakeInt(int64(n))
	}
	return st
}

func (st *structTime) Len(th *rt.Thread) (int, error) { return 9, nil }

func (st *structTime) GetItem(th *rt.Thread, key rt.Value) (rt.Value, error) {
	return rt.GetItem(th, rt.NewTuple(st.fields[:]), key)
}

func (st *structTime) Iter(th *rt.Thread) (rt.Iterator, error) {
	return rt.Iter(th, rt.NewTuple(st.fields[:]))
}

func (st *structTime) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	for i, f := range structTimeFields {
		if f == name {
			return st.fields[i], nil
		}
	}
	if st.made && (name == "tm_zone" || name == "tm_gmtoff") {
		if name == "tm_zone" {
			return st.extra[0], nil
		}
		return st.extra[1], nil
	}
	switch name {
	case "tm_zone":
		return rt.Str(st.zone), nil
	case "tm_gmtoff":
		return rt.MakeInt(int64(st.gmtoff)), nil
	}
	return nil, nil
}

func (st *structTime) Repr(th *rt.Thread) (string, error) {
	parts := make([]string, 9)
	for i, f := range structTimeFields {
		parts[i] = fmt.Sprintf("%s=%d", f, st.fields[i])
	}
	return "time.struct_time(" + strings.Join(parts, ", ") + ")", nil
}

func (st *structTime) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*structTime)
	if !ok {
		return false, false, nil
	}
	return st.fields == o.fields, true, nil
}

// goTime converts a struct_time or 9-sequence to a Go time in loc.
func goTime(th *rt.Thread, v rt.Value, loc *time.Location) (time.Time, error) {
	items, err := rt.IterateAll(th, v)
	if err != nil {
		return time.Time{}, err
	}
	if len(items) != 9 {
		return time.Time{}, rt.NewError(rt.TypeErrorType, "time tuple must have exactly 9 elements")
	}
	var n [6]int
	for i := range n {
		x, err := rt.IndexInt(items[i])
		if err != nil {
			return time.Time{}, err
		}
		n[i] = x
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, loc), nil
}

// timeArg reads the optional seconds/struct_time argument: now when absent
// or None.
func timeArg(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, asTuple bool) (time.Time, error) {
	if err := checkArgCount(name, args, kwargs, 0, 1); err != nil {
		return time.Time{}, err
	}
	if len(args) == 0 || args[0] == rt.None {
		return time.Now(), nil
	}
	if asTuple {
		return goTime(th, args[0], time.Local)
	}
	secs, err := toFloat(th, args[0])
	if err != nil {
		return time.Time{}, err
	}
	whole := math.Floor(secs)
	return time.Unix(int64(whole), int64((secs-whole)*1e9)), nil
}

func timeConvert(th *rt.Thread, name string, args []rt.Value, kwargs []rt.KwArg, loc *time.Location) (rt.Value, error) {
	t, err := timeArg(th, name, args, kwargs, false)
	if err != nil {
		return nil, err
	}
	st := newStructTime(t.In(loc))
	if loc == time.UTC {
		st.zone = "GMT" // gmtime's tm_zone, as CPython's
	}
	return st, nil
}

func timeMktime(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	a, err := oneArg("mktime", args, kwargs)
	if err != nil {
		return nil, err
	}
	t, err := goTime(th, a, time.Local)
	if err != nil {
		return nil, err
	}
	return rt.Float(float64(t.Unix())), nil
}

func timeAsctime(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	t, err := timeArg(th, "asctime", args, kwargs, true)
	if err != nil {
		return nil, err
	}
	return rt.Str(t.Format("Mon Jan _2 15:04:05 2006")), nil
}

func timeCtime(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	t, err := timeArg(th, "ctime", args, kwargs, false)
	if err != nil {
		return nil, err
	}
	return rt.Str(t.Format("Mon Jan _2 15:04:05 2006")), nil
}

func timeStrftime(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if err := checkArgCount("strftime", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	format, ok := args[0].(rt.Str)
	if !ok {
		return nil, rt.NewError(rt.TypeErrorType, "strftime() argument 1 must be str, not %s", rt.TypeName(args[0]))
	}
	t, err := timeArg(th, "strftime", args[1:], nil, true)
	if err != nil {
		return nil, err
	}
	return rt.Str(Strftime(string(format), t)), nil
}

// Strftime formats t with C strftime directives (shared with datetime).
func Strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", (int(t.Weekday())+6)%7+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-(int(t.Weekday())+6)%7)/7)
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'c':
			b.WriteString(t.Format("Mon Jan _2 15:04:05 2006"))
		case 'x':
			b.WriteString(t.Format("01/02/06"))
		case 'X':
			b.WriteString(t.Format("15:04:05"))
		case 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'R':
			b.WriteString(t.Format("15:04"))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
