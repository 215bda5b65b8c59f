package stdlib

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/spindle-lang/spindle/ast"
	rt "github.com/spindle-lang/spindle/runtime"
)

// The datetime module: timedelta, date, time, datetime, timezone and
// tzinfo as Go values with CPython's normalisation, arithmetic, repr/str,
// isoformat/fromisoformat and strftime/strptime (datetime_format.go).
// Dates use the proleptic Gregorian calendar through Go's time package
// (ordinal 1 is 0001-01-01); datetimes do arithmetic in microseconds.

var (
	timedeltaType = newModuleType("timedelta", "datetime")
	dateType      = newModuleType("date", "datetime")
	timeType      = newModuleType("time", "datetime")
	datetimeType  = rt.NewBuiltinType("datetime", dateType)
	tzinfoType    = newModuleType("tzinfo", "datetime")
	timezoneType  = rt.NewBuiltinType("timezone", tzinfoType)
	utcZone       = &timezone{name: "UTC", utc: true}
)

const usPerDay = 86400 * 1000000

// ---- timedelta ----

type timedelta struct {
	days         int64
	secs, micros int64 // 0 <= secs < 86400, 0 <= micros < 1e6
}

func (*timedelta) Type() *rt.Type { return timedeltaType }

func tdFromMicros(us int64) *timedelta {
	d := floorDiv(us, usPerDay)
	rem := us - d*usPerDay
	return &timedelta{days: d, secs: rem / 1000000, micros: rem % 1000000}
}

func (t *timedelta) totalMicros() int64 { return t.days*usPerDay + t.secs*1000000 + t.micros }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func roundHalfEven(f float64) int64 { return int64(math.RoundToEven(f)) }

func (t *timedelta) Repr(th *rt.Thread) (string, error) {
	var parts []string
	if t.days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", t.days))
	}
	if t.secs != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", t.secs))
	}
	if t.micros != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", t.micros))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)", nil
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")", nil
}

func (t *timedelta) Str(th *rt.Thread) (string, error) {
	s := fmt.Sprintf("%d:%02d:%02d", t.secs/3600, t.secs/60%60, t.secs%60)
	if t.micros != 0 {
		s += fmt.Sprintf(".%06d", t.micros)
	}
	if t.days != 0 {
		plural := "s"
		if t.days == 1 || t.days == -1 {
			plural = ""
		}
		s = fmt.Sprintf("%d day%s, ", t.days, plural) + s
	}
	return s, nil
}

func (t *timedelta) Hash(th *rt.Thread) (int64, error) { return rt.IntHash(t.totalMicros()), nil }

func (t *timedelta) Truth(th *rt.Thread) (bool, error) { return t.totalMicros() != 0, nil }

func (t *timedelta) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*timedelta)
	if !ok {
		if op == ast.Eq {
			return rt.False, nil
		}
		if op == ast.NotEq {
			return rt.True, nil
		}
		return rt.NotImplemented, nil
	}
	return rt.Bool(cmpOp(op, cmp64(t.totalMicros(), o.totalMicros()))), nil
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpOp(op ast.Op, c int) bool {
	switch op {
	case ast.Eq:
		return c == 0
	case ast.NotEq:
		return c != 0
	case ast.Lt:
		return c < 0
	case ast.LtE:
		return c <= 0
	case ast.Gt:
		return c > 0
	}
	return c >= 0
}

func (t *timedelta) Unary(th *rt.Thread, op ast.Op) (rt.Value, error) {
	switch op {
	case ast.USub:
		return tdFromMicros(-t.totalMicros()), nil
	case ast.UAdd:
		return t, nil
	}
	return rt.NotImplemented, nil
}

func (t *timedelta) Abs(th *rt.Thread) (rt.Value, error) {
	if t.days < 0 {
		return tdFromMicros(-t.totalMicros()), nil
	}
	return t, nil
}

func (t *timedelta) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	us := t.totalMicros()
	if o, ok := other.(*timedelta); ok {
		a, b := us, o.totalMicros()
		if right {
			a, b = b, a
		}
		switch op {
		case ast.Add:
			return tdFromMicros(a + b), nil
		case ast.Sub:
			return tdFromMicros(a - b), nil
		case ast.Div:
			if b == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "division by zero")
			}
			return rt.Float(float64(a) / float64(b)), nil
		case ast.FloorDiv:
			if b == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return rt.MakeInt(floorDiv(a, b)), nil
		case ast.Mod:
			if b == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return tdFromMicros(a - floorDiv(a, b)*b), nil
		}
		return rt.NotImplemented, nil
	}
	switch op {
	case ast.Mult:
		if n, ok := rt.AsInt64(other); ok && rt.IsIntValue(other) {
			return tdFromMicros(us * n), nil
		}
		if f, ok := other.(rt.Float); ok {
			return tdFromMicros(roundHalfEven(float64(us) * float64(f))), nil
		}
	case ast.Div, ast.FloorDiv:
		if right {
			return rt.NotImplemented, nil
		}
		if n, ok := rt.AsInt64(other); ok && rt.IsIntValue(other) {
			if n == 0 {
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if op == ast.FloorDiv {
				return tdFromMicros(floorDiv(us, n)), nil
			}
			return tdFromMicros(roundHalfEven(float64(us) / float64(n))), nil
		}
		if f, ok := other.(rt.Float); ok && op == ast.Div {
			if f == 0 {
				// CPython divides by f.as_integer_ratio(): an int division.
				return nil, rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return tdFromMicros(roundHalfEven(float64(us) / float64(f))), nil
		}
	}
	return rt.NotImplemented, nil
}

func (t *timedelta) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "days":
		return rt.MakeInt(t.days), nil
	case "seconds":
		return rt.MakeInt(t.secs), nil
	case "microseconds":
		return rt.MakeInt(t.micros), nil
	}
	return nil, nil
}

func numArg(v rt.Value) (float64, bool, bool) {
	if rt.IsIntValue(v) {
		n, _ := rt.AsInt64(v)
		return float64(n), true, true
	}
	f, ok := rt.AsFloat(v)
	return f, false, ok
}

func newTimedelta(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vals := make([]rt.Value, 7)
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	pairs := []any{}
	for i, n := range names {
		vals[i] = rt.MakeInt(0)
		pairs = append(pairs, n+"?", &vals[i])
	}
	if err := rt.UnpackArgs("timedelta", args, kwargs, pairs...); err != nil {
		return nil, err
	}
	scale := []int64{usPerDay, 1000000, 1, 1000, 60 * 1000000, 3600 * 1000000, 7 * usPerDay}
	// The total is exact in a big.Int: timedelta.max is ~8.6e19 us, past
	// an int64, and a huge component must raise OverflowError, not wrap.
	total := new(big.Int)
	var frac float64
	for i, v := range vals {
		f, isInt, ok := numArg(v)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "unsupported type for timedelta %s component: %s", names[i], rt.TypeName(v))
		}
		if isInt {
			total.Add(total, new(big.Int).Mul(rt.ToBig(v), big.NewInt(scale[i])))
		} else {
			if math.IsNaN(f) {
				return nil, rt.NewError(rt.ValueErrorType, "cannot convert float NaN to integer")
			}
			if math.IsInf(f, 0) {
				return nil, rt.NewError(rt.OverflowErrorType, "cannot convert float infinity to integer")
			}
			whole, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
			total.Add(total, whole.Mul(whole, big.NewInt(scale[i])))
			frac += (f - math.Trunc(f)) * float64(scale[i])
		}
	}
	total.Add(total, big.NewInt(roundHalfEven(frac)))
	days, rem := new(big.Int).DivMod(total, big.NewInt(usPerDay), new(big.Int))
	if !days.IsInt64() || days.Int64() > math.MaxInt32 || days.Int64() < math.MinInt32 {
		return nil, rt.NewError(rt.OverflowErrorType, "Python int too large to convert to C int")
	}
	if days.Int64() > 999999999 || days.Int64() < -999999999 {
		return nil, rt.NewError(rt.OverflowErrorType, "days=%s; must have magnitude <= 999999999", days.String())
	}
	r := rem.Int64()
	td := &timedelta{days: days.Int64(), secs: r / 1000000, micros: r % 1000000}
	return td, nil
}

// ---- timezone ----

type timezone struct {
	offset int64 // microseconds east of UTC
	name   string
	named  bool
	utc    bool
}

func (*timezone) Type() *rt.Type { return timezoneType }

func (z *timezone) tzname() string {
	if z.named {
		return z.name
	}
	if z.offset == 0 {
		return "UTC"
	}
	return "UTC" + formatOffset(z.offset, ":")
}

func formatOffset(us int64, sep string) string {
	sign := "+"
	if us < 0 {
		sign = "-"
		us = -us
	}
	h := us / 3600000000
	m := us / 60000000 % 60
	s := us / 1000000 % 60
	rest := us % 1000000
	out := fmt.Sprintf("%s%02d%s%02d", sign, h, sep, m)
	if s != 0 || rest != 0 {
		out += fmt.Sprintf("%s%02d", sep, s)
	}
	if rest != 0 {
		out += fmt.Sprintf(".%06d", rest)
	}
	return out
}

func (z *timezone) Repr(th *rt.Thread) (string, error) {
	if z.utc || (z.offset == 0 && !z.named) {
		return "datetime.timezone.utc", nil
	}
	td, _ := tdFromMicros(z.offset).Repr(th)
	if z.named {
		return fmt.Sprintf("datetime.timezone(%s, %s)", td, pyQuote(z.name)), nil
	}
	return "datetime.timezone(" + td + ")", nil
}

func pyQuote(s string) string {
	r, _ := rt.Repr(nil, rt.Str(s))
	return r
}

func (z *timezone) Str(th *rt.Thread) (string, error) { return z.tzname(), nil }

func (z *timezone) Equal(th *rt.Thread, other rt.Value) (bool, bool, error) {
	o, ok := other.(*timezone)
	if !ok {
		return false, false, nil
	}
	return z.offset == o.offset, true, nil
}

func (z *timezone) Hash(th *rt.Thread) (int64, error) { return rt.IntHash(z.offset), nil }

// ---- date ----

type date struct{ y, m, d int }

func (*date) Type() *rt.Type { return dateType }

func daysInMonth(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func checkDate(y, m, d int) error {
	if y < 1 || y > 9999 {
		return rt.NewError(rt.ValueErrorType, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return rt.NewError(rt.ValueErrorType, "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return rt.NewError(rt.ValueErrorType, "day is out of range for month")
	}
	return nil
}

var ordEpoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

func toOrdinal(y, m, d int) int64 {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return (t.Unix()-ordEpoch.Unix())/86400 + 1
}

func fromOrdinal(n int64) (int, int, int) {
	t := ordEpoch.AddDate(0, 0, int(n-1))
	return t.Year(), int(t.Month()), t.Day()
}

func weekday(y, m, d int) int {
	return (int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7
}

func (x *date) Repr(th *rt.Thread) (string, error) {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", x.y, x.m, x.d), nil
}

func (x *date) Str(th *rt.Thread) (string, error) { return x.iso(), nil }

func (x *date) iso() string { return fmt.Sprintf("%04d-%02d-%02d", x.y, x.m, x.d) }

func (x *date) Hash(th *rt.Thread) (int64, error) { return rt.IntHash(toOrdinal(x.y, x.m, x.d)), nil }

func (x *date) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*date)
	if !ok {
		if _, isDT := other.(*datetime); isDT && (op == ast.Eq || op == ast.NotEq) {
			return rt.Bool(op == ast.NotEq), nil
		}
		if op == ast.Eq {
			return rt.False, nil
		}
		if op == ast.NotEq {
			return rt.True, nil
		}
		if _, isDT := other.(*datetime); isDT {
			return nil, rt.NewError(rt.TypeErrorType, "can't compare datetime.datetime to datetime.date")
		}
		return rt.NotImplemented, nil
	}
	return rt.Bool(cmpOp(op, cmp64(toOrdinal(x.y, x.m, x.d), toOrdinal(o.y, o.m, o.d)))), nil
}

func (x *date) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	switch o := other.(type) {
	case *timedelta:
		if op == ast.Add || (op == ast.Sub && !right) {
			days := o.days
			if op == ast.Sub {
				days = tdFromMicros(-o.totalMicros()).days
			}
			n := toOrdinal(x.y, x.m, x.d) + days
			if n < 1 || n > 3652059 {
				return nil, rt.NewError(rt.OverflowErrorType, "date value out of range")
			}
			y, m, d := fromOrdinal(n)
			return &date{y, m, d}, nil
		}
	case *date:
		if op == ast.Sub {
			a, b := toOrdinal(x.y, x.m, x.d), toOrdinal(o.y, o.m, o.d)
			if right {
				a, b = b, a
			}
			return &timedelta{days: a - b}, nil
		}
	}
	return rt.NotImplemented, nil
}

func (x *date) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "year":
		return rt.MakeInt(int64(x.y)), nil
	case "month":
		return rt.MakeInt(int64(x.m)), nil
	case "day":
		return rt.MakeInt(int64(x.d)), nil
	}
	return nil, nil
}

func intArgs(name string, args []rt.Value, kwargs []rt.KwArg, names []string, required int, out []int) error {
	pairs := []any{}
	for i, n := range names {
		if i >= required {
			n += "?"
		}
		pairs = append(pairs, n, &out[i])
	}
	return rt.UnpackArgs(name, args, kwargs, pairs...)
}

func newDate(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	v := make([]int, 3)
	if err := intArgs("date", args, kwargs, []string{"year", "month", "day"}, 3, v); err != nil {
		return nil, err
	}
	if err := checkDate(v[0], v[1], v[2]); err != nil {
		return nil, err
	}
	return &date{v[0], v[1], v[2]}, nil
}

// ---- time ----

type dtime struct {
	h, mi, s, us int
	tz           rt.Value // nil when naive
	fold         int
}

func (*dtime) Type() *rt.Type { return timeType }

func checkTime(h, mi, s, us int) error {
	switch {
	case h < 0 || h > 23:
		return rt.NewError(rt.ValueErrorType, "hour must be in 0..23")
	case mi < 0 || mi > 59:
		return rt.NewError(rt.ValueErrorType, "minute must be in 0..59")
	case s < 0 || s > 59:
		return rt.NewError(rt.ValueErrorType, "second must be in 0..59")
	case us < 0 || us > 999999:
		return rt.NewError(rt.ValueErrorType, "microsecond must be in 0..999999")
	}
	return nil
}

func timeIso(h, mi, s, us int, spec string) (string, error) {
	switch spec {
	case "auto":
		if us != 0 {
			return fmt.Sprintf("%02d:%02d:%02d.%06d", h, mi, s, us), nil
		}
		return fmt.Sprintf("%02d:%02d:%02d", h, mi, s), nil
	case "hours":
		return fmt.Sprintf("%02d", h), nil
	case "minutes":
		return fmt.Sprintf("%02d:%02d", h, mi), nil
	case "seconds":
		return fmt.Sprintf("%02d:%02d:%02d", h, mi, s), nil
	case "milliseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%03d", h, mi, s, us/1000), nil
	case "microseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%06d", h, mi, s, us), nil
	}
	return "", rt.NewError(rt.ValueErrorType, "Unknown timespec value")
}

func (t *dtime) iso(spec string) (string, error) {
	s, err := timeIso(t.h, t.mi, t.s, t.us, spec)
	if err != nil {
		return "", err
	}
	if t.tz != nil {
		if off, ok := tzOffset(nil, t.tz, rt.None); ok {
			s += formatOffset(off, ":")
		}
	}
	return s, nil
}

func timeReprArgs(h, mi, s, us int) string {
	out := fmt.Sprintf("%d, %d", h, mi)
	if s != 0 || us != 0 {
		out += fmt.Sprintf(", %d", s)
	}
	if us != 0 {
		out += fmt.Sprintf(", %d", us)
	}
	return out
}

func tzReprSuffix(th *rt.Thread, tz rt.Value) (string, error) {
	if tz == nil {
		return "", nil
	}
	r, err := rt.Repr(th, tz)
	return ", tzinfo=" + r, err
}

func (t *dtime) Repr(th *rt.Thread) (string, error) {
	suf, err := tzReprSuffix(th, t.tz)
	return "datetime.time(" + timeReprArgs(t.h, t.mi, t.s, t.us) + suf + ")", err
}

func (t *dtime) Str(th *rt.Thread) (string, error) { return t.iso("auto") }

func (t *dtime) micros() int64 {
	return ((int64(t.h)*60+int64(t.mi))*60+int64(t.s))*1000000 + int64(t.us)
}

func (t *dtime) Hash(th *rt.Thread) (int64, error) { return rt.IntHash(t.micros()), nil }

func (t *dtime) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*dtime)
	if !ok {
		if op == ast.Eq || op == ast.NotEq {
			return rt.Bool(op == ast.NotEq), nil
		}
		return rt.NotImplemented, nil
	}
	a, b := t.micros(), o.micros()
	if (t.tz == nil) != (o.tz == nil) {
		if op == ast.Eq || op == ast.NotEq {
			return rt.Bool(op == ast.NotEq), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "can't compare offset-naive and offset-aware times")
	}
	if t.tz != nil {
		oa, _ := tzOffset(th, t.tz, rt.None)
		ob, _ := tzOffset(th, o.tz, rt.None)
		a -= oa
		b -= ob
	}
	return rt.Bool(cmpOp(op, cmp64(a, b))), nil
}

func (t *dtime) Truth(th *rt.Thread) (bool, error) { return true, nil }

func (t *dtime) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "hour":
		return rt.MakeInt(int64(t.h)), nil
	case "minute":
		return rt.MakeInt(int64(t.mi)), nil
	case "second":
		return rt.MakeInt(int64(t.s)), nil
	case "microsecond":
		return rt.MakeInt(int64(t.us)), nil
	case "tzinfo":
		return dtOrNone(t.tz), nil
	case "fold":
		return rt.MakeInt(int64(t.fold)), nil
	}
	return nil, nil
}

func dtOrNone(v rt.Value) rt.Value {
	if v == nil {
		return rt.None
	}
	return v
}

func tzArg(v rt.Value) (rt.Value, error) {
	if v == nil || v == rt.None {
		return nil, nil
	}
	if !v.Type().IsSubtype(tzinfoType) {
		return nil, rt.NewError(rt.TypeErrorType, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", rt.TypeName(v))
	}
	return v, nil
}

// tzOffset is tz.utcoffset(dt) in microseconds; ok false for None.
func tzOffset(th *rt.Thread, tz rt.Value, dt rt.Value) (int64, bool) {
	if tz == nil {
		return 0, false
	}
	if z, ok := tz.(*timezone); ok {
		return z.offset, true
	}
	if th == nil {
		th = rt.NewThread("")
	}
	r, err := rt.CallMethod(th, tz, "utcoffset", []rt.Value{dt}, nil)
	if err != nil {
		return 0, false
	}
	if td, ok := r.(*timedelta); ok {
		return td.totalMicros(), true
	}
	return 0, false
}

func tzName(th *rt.Thread, tz rt.Value, dt rt.Value) rt.Value {
	if tz == nil {
		return rt.None
	}
	if z, ok := tz.(*timezone); ok {
		return rt.Str(z.tzname())
	}
	if th == nil {
		th = rt.NewThread("")
	}
	r, err := rt.CallMethod(th, tz, "tzname", []rt.Value{dt}, nil)
	if err != nil {
		return rt.None
	}
	return r
}

func newTime(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var h, mi, s, us, fold int
	var tz rt.Value = rt.None
	if err := rt.UnpackArgs("time", args, kwargs, "hour?", &h, "minute?", &mi, "second?", &s, "microsecond?", &us, "tzinfo?", &tz, "*", "fold?", &fold); err != nil {
		return nil, err
	}
	if err := checkTime(h, mi, s, us); err != nil {
		return nil, err
	}
	z, err := tzArg(tz)
	if err != nil {
		return nil, err
	}
	return &dtime{h: h, mi: mi, s: s, us: us, tz: z, fold: fold}, nil
}

// ---- datetime ----

type datetime struct {
	date
	t dtime
}

func (*datetime) Type() *rt.Type { return datetimeType }

// naiveMicros is the wall time in microseconds since 0001-01-01.
func (x *datetime) naiveMicros() int64 {
	return (toOrdinal(x.y, x.m, x.d)-1)*usPerDay + x.t.micros()
}

func dtFromMicros(us int64, tz rt.Value) (*datetime, error) {
	days := floorDiv(us, usPerDay)
	rem := us - days*usPerDay
	if days < 0 || days >= 3652059 {
		return nil, rt.NewError(rt.OverflowErrorType, "date value out of range")
	}
	y, m, d := fromOrdinal(days + 1)
	sec := rem / 1000000
	return &datetime{date: date{y, m, d}, t: dtime{h: int(sec / 3600), mi: int(sec / 60 % 60), s: int(sec % 60), us: int(rem % 1000000), tz: tz}}, nil
}

func (x *datetime) offset(th *rt.Thread) (int64, bool) { return tzOffset(th, x.t.tz, x) }

func (x *datetime) iso(sep, spec string) (string, error) {
	s, err := timeIso(x.t.h, x.t.mi, x.t.s, x.t.us, spec)
	if err != nil {
		return "", err
	}
	out := x.date.iso() + sep + s
	if off, ok := x.offset(nil); ok {
		out += formatOffset(off, ":")
	}
	return out, nil
}

func (x *datetime) Repr(th *rt.Thread) (string, error) {
	suf, err := tzReprSuffix(th, x.t.tz)
	return fmt.Sprintf("datetime.datetime(%d, %d, %d, %s%s)", x.y, x.m, x.d, timeReprArgs(x.t.h, x.t.mi, x.t.s, x.t.us), suf), err
}

func (x *datetime) Str(th *rt.Thread) (string, error) { return x.iso(" ", "auto") }

func (x *datetime) Hash(th *rt.Thread) (int64, error) {
	us := x.naiveMicros()
	if off, ok := x.offset(th); ok {
		us -= off
	}
	return rt.IntHash(us), nil
}

func (x *datetime) Compare(th *rt.Thread, op ast.Op, other rt.Value) (rt.Value, error) {
	o, ok := other.(*datetime)
	if !ok {
		if op == ast.Eq || op == ast.NotEq {
			return rt.Bool(op == ast.NotEq), nil
		}
		if _, isDate := other.(*date); isDate {
			return nil, rt.NewError(rt.TypeErrorType, "can't compare datetime.datetime to datetime.date")
		}
		return rt.NotImplemented, nil
	}
	a, b := x.naiveMicros(), o.naiveMicros()
	oa, aware1 := x.offset(th)
	ob, aware2 := o.offset(th)
	if aware1 != aware2 {
		if op == ast.Eq || op == ast.NotEq {
			return rt.Bool(op == ast.NotEq), nil
		}
		return nil, rt.NewError(rt.TypeErrorType, "can't compare offset-naive and offset-aware datetimes")
	}
	return rt.Bool(cmpOp(op, cmp64(a-oa, b-ob))), nil
}

func (x *datetime) Binary(th *rt.Thread, op ast.Op, other rt.Value, right bool) (rt.Value, error) {
	switch o := other.(type) {
	case *timedelta:
		if op == ast.Add {
			return dtFromMicros(x.naiveMicros()+o.totalMicros(), x.t.tz)
		}
		if op == ast.Sub && !right {
			return dtFromMicros(x.naiveMicros()-o.totalMicros(), x.t.tz)
		}
	case *datetime:
		if op == ast.Sub {
			a, b := x, o
			if right {
				a, b = o, x
			}
			oa, aw1 := a.offset(th)
			ob, aw2 := b.offset(th)
			if aw1 != aw2 {
				return nil, rt.NewError(rt.TypeErrorType, "can't subtract offset-naive and offset-aware datetimes")
			}
			return tdFromMicros((a.naiveMicros() - oa) - (b.naiveMicros() - ob)), nil
		}
	}
	return rt.NotImplemented, nil
}

func (x *datetime) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if v, _ := x.date.GetAttr(th, name); v != nil {
		return v, nil
	}
	return x.t.GetAttr(th, name)
}

func newDatetime(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var y, m, d, h, mi, s, us, fold int
	var tz rt.Value = rt.None
	if err := rt.UnpackArgs("datetime", args, kwargs, "year", &y, "month", &m, "day", &d, "hour?", &h, "minute?", &mi,
		"second?", &s, "microsecond?", &us, "tzinfo?", &tz, "*", "fold?", &fold); err != nil {
		return nil, err
	}
	if err := checkDate(y, m, d); err != nil {
		return nil, err
	}
	if err := checkTime(h, mi, s, us); err != nil {
		return nil, err
	}
	z, err := tzArg(tz)
	if err != nil {
		return nil, err
	}
	return &datetime{date: date{y, m, d}, t: dtime{h: h, mi: mi, s: s, us: us, tz: z, fold: fold}}, nil
}

func fromGoTime(t time.Time, tz rt.Value) *datetime {
	setupDatetimeTypes() // logging makes datetimes without an import
	return &datetime{date: date{t.Year(), int(t.Month()), t.Day()}, t: dtime{h: t.Hour(), mi: t.Minute(), s: t.Second(), us: t.Nanosecond() / 1000, tz: tz}}
}

// nowIn is datetime.now(tz).
func nowIn(th *rt.Thread, tz rt.Value) (*datetime, error) {
	now := time.Now()
	if tz == nil {
		return fromGoTime(now, nil), nil
	}
	utc := fromGoTime(now.UTC(), nil)
	off, _ := tzOffset(th, tz, utc)
	return dtFromMicros(utc.naiveMicros()+off, tz)
}

// localOffset is the local zone's UTC offset at the naive local time x.
func localOffset(x *datetime) int64 {
	t := time.Date(x.y, time.Month(x.m), x.d, x.t.h, x.t.mi, x.t.s, x.t.us*1000, time.Local)
	_, off := t.Zone()
	return int64(off) * 1000000
}

func (x *datetime) timestamp(th *rt.Thread) float64 {
	off, ok := x.offset(th)
	if !ok {
		off = localOffset(x)
	}
	epoch := (toOrdinal(1970, 1, 1) - 1) * usPerDay
	return float64(x.naiveMicros()-off-epoch) / 1e6
}

func fromTimestamp(th *rt.Thread, ts float64, tz rt.Value) (*datetime, error) {
	secs := math.Floor(ts)
	us := int64(math.RoundToEven((ts - secs) * 1e6))
	t := time.Unix(int64(secs), 0).Add(time.Duration(us) * time.Microsecond)
	if tz == nil {
		return fromGoTime(t, nil), nil
	}
	utc := fromGoTime(t.UTC(), nil)
	off, _ := tzOffset(th, tz, utc)
	return dtFromMicros(utc.naiveMicros()+off, tz)
}

var _ = []rt.Value{(*timedelta)(nil), (*date)(nil), (*dtime)(nil), (*datetime)(nil), (*timezone)(nil)}

func formatWith(th *rt.Thread, v rt.Value, spec string) (string, error) {
	if spec == "" {
		return rt.ToStr(th, v)
	}
	return strftimeOf(th, v, spec), nil
}

func (x *date) Format(th *rt.Thread, spec string) (string, error)     { return formatWith(th, x, spec) }
func (x *datetime) Format(th *rt.Thread, spec string) (string, error) { return formatWith(th, x, spec) }
func (x *dtime) Format(th *rt.Thread, spec string) (string, error)    { return formatWith(th, x, spec) }
