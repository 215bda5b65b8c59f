package stdlib

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The calendar module: CPython 3.11's Calendar/TextCalendar layout
// algorithms (formatmonth, formatyear and their centring rules, so the
// text is byte for byte CPython's), the date arithmetic (isleap,
// leapdays, weekday, monthrange, timegm) and the module-level functions
// bound to a default TextCalendar whose first weekday setfirstweekday
// changes (one per interpreter: one per module object). Names are the
// C locale's English ones. Not provided: HTMLCalendar, the Locale*
// classes, itermonthdates (datetime.date values) and the command line.

var (
	calendarType      = newModuleType("Calendar", "calendar")
	textCalendarType  = newModuleType("TextCalendar", "calendar")
	illegalMonthErr   = newModuleErrorType("IllegalMonthError", "calendar", rt.ValueErrorType)
	illegalWeekdayErr = newModuleErrorType("IllegalWeekdayError", "calendar", rt.ValueErrorType)
)

var (
	calMonthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	calDayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

func calAbbr(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		if len(n) > 3 {
			n = n[:3]
		}
		out[i] = n
	}
	return out
}

// calendarObj is a Calendar or TextCalendar.
type calendarObj struct {
	text bool
	fw   atomic.Int64 // firstweekday
}

func (c *calendarObj) Type() *rt.Type {
	if c.text {
		return textCalendarType
	}
	return calendarType
}

func (c *calendarObj) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if name == "firstweekday" {
		return rt.MakeInt(c.fw.Load()), nil
	}
	return nil, nil
}

func (c *calendarObj) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if name != "firstweekday" {
		return rt.NewError(rt.AttributeErrorType, "'%s' object has no attribute '%s'", c.Type().Name(), name)
	}
	n, err := rt.IndexInt(v)
	if err != nil {
		return err
	}
	c.fw.Store(int64(n))
	return nil
}

func calIsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func calLeapDays(y1, y2 int) int {
	a, b := int64(y1-1), int64(y2-1)
	return int((floorDiv(b, 4) - floorDiv(a, 4)) - (floorDiv(b, 100) - floorDiv(a, 100)) + (floorDiv(b, 400) - floorDiv(a, 400)))
}

var calMdays = []int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func calMonthLen(y, m int) int {
	if m == 2 && calIsLeap(y) {
		return 29
	}
	return calMdays[m]
}

// calDateCheck is datetime.date's validation.
func calDateCheck(y, m, d int) error {
	if y < 1 || y > 9999 {
		return rt.NewError(rt.ValueErrorType, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return rt.NewError(rt.ValueErrorType, "month must be in 1..12")
	}
	if d < 1 || d > calMonthLen(y, m) {
		return rt.NewError(rt.ValueErrorType, "day is out of range for month")
	}
	return nil
}

func calWeekday(y, m, d int) (int, error) {
	if y < 1 || y > 9999 {
		y = 2000 + ((y%400)+400)%400
	}
	if err := calDateCheck(y, m, d); err != nil {
		return 0, err
	}
	wd := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday())
	return (wd + 6) % 7, nil
}

func calMonthRange(y, m int) (int, int, error) {
	if m < 1 || m > 12 {
		return 0, 0, rt.NewException(illegalMonthErr, rt.Str(fmt.Sprintf("bad month number %d; must be 1-12", m)))
	}
	wd, err := calWeekday(y, m, 1)
	return wd, calMonthLen(y, m), err
}

// monthDays2 is itermonthdays2: (day, weekday) pairs, day 0 outside the
// month, in whole weeks.
func (c *calendarObj) monthDays2(y, m int) ([][2]int, error) {
	fw := int(c.fw.Load())
	day1, ndays, err := calMonthRange(y, m)
	if err != nil {
		return nil, err
	}
	before := ((day1-fw)%7 + 7) % 7
	after := ((fw-day1-ndays)%7 + 7) % 7
	var out [][2]int
	for i := 0; i < before+ndays+after; i++ {
		d := 0
		if i >= before && i < before+ndays {
			d = i - before + 1
		}
		out = append(out, [2]int{d, (i + fw) % 7})
	}
	return out, nil
}

func (c *calendarObj) monthWeeks(y, m int) ([][][2]int, error) {
	days, err := c.monthDays2(y, m)
	if err != nil {
		return nil, err
	}
	var weeks [][][2]int
	for i := 0; i < len(days); i += 7 {
		weeks = append(weeks, days[i:i+7])
	}
	return weeks, nil
}

// pyCenter is str.center with spaces.
func pyCenter(s string, width int) string {
	n := len([]rune(s))
	marg := width - n
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", marg-left)
}

func (c *calendarObj) weekdays() []int {
	fw := int(c.fw.Load())
	out := make([]int, 7)
	for i := range out {
		out[i] = (fw + i) % 7
	}
	return out
}

func calFormatWeekday(day, width int) string {
	names := calDayNames
	if width < 9 {
		names = calAbbr(calDayNames)
	}
	n := []rune(names[day])
	if len(n) > width {
		n = n[:width]
	}
	return pyCenter(string(n), width)
}

func (c *calendarObj) weekHeader(width int) string {
	var parts []string
	for _, d := range c.weekdays() {
		parts = append(parts, calFormatWeekday(d, width))
	}
	return strings.Join(parts, " ")
}

func calFormatWeek(week [][2]int, width int) string {
	parts := make([]string, len(week))
	for i, d := range week {
		s := ""
		if d[0] != 0 {
			s = fmt.Sprintf("%2d", d[0])
		}
		parts[i] = pyCenter(s, width)
	}
	return strings.Join(parts, " ")
}

func calMonthName(y, m, width int, withYear bool) string {
	if m < 0 {
		m += len(calMonthNames)
	}
	s := calMonthNames[m]
	if withYear {
		s = fmt.Sprintf("%s %d", s, y)
	}
	return pyCenter(s, width)
}

func (c *calendarObj) formatMonth(y, m, w, l int) (string, error) {
	w = max(2, w)
	l = max(1, l)
	if m > 12 || m < -13 {
		return "", rt.NewError(rt.IndexErrorType, "list index out of range")
	}
	weeks, err := c.monthWeeks(y, m)
	if err != nil {
		return "", err
	}
	nl := strings.Repeat("\n", l)
	var b strings.Builder
	b.WriteString(strings.TrimRight(calMonthName(y, m, 7*(w+1)-1, true), " \t\n"))
	b.WriteString(nl)
	b.WriteString(strings.TrimRight(c.weekHeader(w), " \t\n"))
	b.WriteString(nl)
	for _, wk := range weeks {
		b.WriteString(strings.TrimRight(calFormatWeek(wk, w), " \t\n"))
		b.WriteString(nl)
	}
	return b.String(), nil
}

func calFormatString(cols []string, colwidth, spacing int) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = pyCenter(c, colwidth)
	}
	return strings.Join(parts, strings.Repeat(" ", spacing))
}

func (c *calendarObj) formatYear(y, w, l, cs, m int) (string, error) {
	w = max(2, w)
	l = max(1, l)
	cs = max(2, cs)
	if m < 1 {
		return "", rt.NewError(rt.ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	colwidth := (w+1)*7 - 1
	nl := strings.Repeat("\n", l)
	var b strings.Builder
	b.WriteString(strings.TrimRight(pyCenter(fmt.Sprint(y), colwidth*m+cs*(m-1)), " \t\n"))
	b.WriteString(nl)
	header := c.weekHeader(w)
	for first := 1; first <= 12; first += m {
		var months []int
		for k := first; k < first+m && k <= 12; k++ {
			months = append(months, k)
		}
		b.WriteString(nl)
		var names, headers []string
		var cals [][][][2]int
		height := 0
		for _, k := range months {
			names = append(names, calMonthName(y, k, colwidth, false))
			headers = append(headers, header)
			wk, err := c.monthWeeks(y, k)
			if err != nil {
				return "", err
			}
			cals = append(cals, wk)
			height = max(height, len(wk))
		}
		b.WriteString(strings.TrimRight(calFormatString(names, colwidth, cs), " \t\n"))
		b.WriteString(nl)
		b.WriteString(strings.TrimRight(calFormatString(headers, colwidth, cs), " \t\n"))
		b.WriteString(nl)
		for j := 0; j < height; j++ {
			var weeks []string
			for _, cal := range cals {
				if j >= len(cal) {
					weeks = append(weeks, "")
				} else {
					weeks = append(weeks, calFormatWeek(cal[j], w))
				}
			}
			b.WriteString(strings.TrimRight(calFormatString(weeks, colwidth, cs), " \t\n"))
			b.WriteString(nl)
		}
	}
	return b.String(), nil
}

// calInts converts the arguments bound by pyArgs to ints (nil: def).
func calInts(vs []rt.Value, defs ...int) ([]int, error) {
	out := make([]int, len(vs))
	for i, v := range vs {
		if v == nil {
			out[i] = defs[i]
			continue
		}
		n, err := rt.IndexInt(v)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// calFunc makes a function of int parameters (a Python def's messages).
func calFunc(name string, params []string, defs []int, fn func(th *rt.Thread, xs []int) (rt.Value, error)) *rt.Builtin {
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs(name, args, kwargs, params...)
		if err != nil {
			return nil, err
		}
		xs, err := calInts(vs, defs...)
		if err != nil {
			return nil, err
		}
		return fn(th, xs)
	})
}

func calMethod(qual string, params []string, defs []int, fn func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error)) *rt.Builtin {
	name := qual
	if i := strings.IndexByte(qual, '.'); i >= 0 {
		name = qual[i+1:]
	}
	return rt.NewMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs(qual, args, kwargs, params...)
		if err != nil {
			return nil, err
		}
		xs, err := calInts(vs, defs...)
		if err != nil {
			return nil, err
		}
		return fn(th, self.(*calendarObj), xs)
	})
}

func intsValue(xs []int) rt.Value {
	vs := make([]rt.Value, len(xs))
	for i, x := range xs {
		vs[i] = rt.MakeInt(int64(x))
	}
	return rt.NewList(vs)
}

func (c *calendarObj) monthDaysCalendar(y, m int) (rt.Value, error) {
	weeks, err := c.monthWeeks(y, m)
	if err != nil {
		return nil, err
	}
	out := make([]rt.Value, len(weeks))
	for i, wk := range weeks {
		ds := make([]int, 7)
		for j, d := range wk {
			ds[j] = d[0]
		}
		out[i] = intsValue(ds)
	}
	return rt.NewList(out), nil
}

// calendar methods shared by the classes and the module functions.
func calendarMethods() []*rt.Builtin {
	return []*rt.Builtin{
		calMethod("Calendar.iterweekdays", nil, nil, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return listIter(intsValue(c.weekdays()).(*rt.List).Snapshot()), nil
		}),
		calMethod("Calendar.itermonthdays", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			days, err := c.monthDays2(xs[0], xs[1])
			if err != nil {
				return nil, err
			}
			vs := make([]rt.Value, len(days))
			for i, d := range days {
				vs[i] = rt.MakeInt(int64(d[0]))
			}
			return listIter(vs), nil
		}),
		calMethod("Calendar.itermonthdays2", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			days, err := c.monthDays2(xs[0], xs[1])
			if err != nil {
				return nil, err
			}
			vs := make([]rt.Value, len(days))
			for i, d := range days {
				vs[i] = rt.NewTuple([]rt.Value{rt.MakeInt(int64(d[0])), rt.MakeInt(int64(d[1]))})
			}
			return listIter(vs), nil
		}),
		calMethod("Calendar.monthdayscalendar", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return c.monthDaysCalendar(xs[0], xs[1])
		}),
		calMethod("Calendar.monthdays2calendar", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			weeks, err := c.monthWeeks(xs[0], xs[1])
			if err != nil {
				return nil, err
			}
			out := make([]rt.Value, len(weeks))
			for i, wk := range weeks {
				ds := make([]rt.Value, 7)
				for j, d := range wk {
					ds[j] = rt.NewTuple([]rt.Value{rt.MakeInt(int64(d[0])), rt.MakeInt(int64(d[1]))})
				}
				out[i] = rt.NewList(ds)
			}
			return rt.NewList(out), nil
		}),
		calMethod("Calendar.getfirstweekday", nil, nil, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return rt.MakeInt(c.fw.Load() % 7), nil
		}),
		calMethod("Calendar.setfirstweekday", []string{"firstweekday"}, []int{0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			c.fw.Store(int64(xs[0]))
			return rt.None, nil
		}),
	}
}

func textCalendarMethods() []*rt.Builtin {
	return []*rt.Builtin{
		calMethod("TextCalendar.formatmonth", []string{"theyear", "themonth", "w=", "l="}, []int{0, 0, 0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			s, err := c.formatMonth(xs[0], xs[1], xs[2], xs[3])
			return rt.Str(s), err
		}),
		calMethod("TextCalendar.prmonth", []string{"theyear", "themonth", "w=", "l="}, []int{0, 0, 0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			s, err := c.formatMonth(xs[0], xs[1], xs[2], xs[3])
			if err != nil {
				return nil, err
			}
			return rt.None, writeStream(th, "stdout", s)
		}),
		calMethod("TextCalendar.formatyear", []string{"theyear", "w=", "l=", "c=", "m="}, []int{0, 2, 1, 6, 3}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			s, err := c.formatYear(xs[0], xs[1], xs[2], xs[3], xs[4])
			return rt.Str(s), err
		}),
		calMethod("TextCalendar.pryear", []string{"theyear", "w=", "l=", "c=", "m="}, []int{0, 0, 0, 6, 3}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			s, err := c.formatYear(xs[0], xs[1], xs[2], xs[3], xs[4])
			if err != nil {
				return nil, err
			}
			return rt.None, writeStream(th, "stdout", s)
		}),
		calMethod("TextCalendar.formatweekheader", []string{"width"}, []int{0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return rt.Str(c.weekHeader(xs[0])), nil
		}),
		calMethod("TextCalendar.formatmonthname", []string{"theyear", "themonth", "width", "withyear="}, []int{0, 0, 0, 1}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return rt.Str(calMonthName(xs[0], xs[1], xs[2], xs[3] != 0)), nil
		}),
		calMethod("TextCalendar.formatweekday", []string{"day", "width"}, []int{0, 0}, func(th *rt.Thread, c *calendarObj, xs []int) (rt.Value, error) {
			return rt.Str(calFormatWeekday(((xs[0]%7)+7)%7, xs[1])), nil
		}),
	}
}

func newCalendarObj(text bool) func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	name := "Calendar"
	if text {
		name = "TextCalendar"
	}
	return func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		vs, err := pyArgs(name+".__init__", args, kwargs, "firstweekday=")
		if err != nil {
			return nil, err
		}
		xs, err := calInts(vs, 0)
		if err != nil {
			return nil, err
		}
		c := &calendarObj{text: text}
		c.fw.Store(int64(xs[0]))
		return c, nil
	}
}

// loadCalendarModule makes the calendar module (registered in modules.go).
func loadCalendarModule() *rt.Module {
	setupCalendarTypes()
	return newCalendarModule()
}

// calendarSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var calendarSetup sync.Once

func setupCalendarTypes() { calendarSetup.Do(initCalendarTypes) }

func initCalendarTypes() {
	calendarType.New = newCalendarObj(false)
	calendarType.AddMethods(calendarMethods()...)
	textCalendarType.New = newCalendarObj(true)
	textCalendarType.AddMethods(calendarMethods()...)
	textCalendarType.AddMethods(textCalendarMethods()...)
}

func strTuple(ss []string) rt.Value {
	vs := make([]rt.Value, len(ss))
	for i, s := range ss {
		vs[i] = rt.Str(s)
	}
	return rt.NewTuple(vs)
}

func newCalendarModule() *rt.Module {
	m := rt.NewModule("calendar")
	def := &calendarObj{text: true}
	bound := func(name string) *rt.Builtin {
		meth, _ := textCalendarType.Dict.GetStr(name)
		return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Call(th, meth, append([]rt.Value{def}, args...), kwargs)
		})
	}
	for _, n := range []string{"monthcalendar", "prmonth", "month", "prcal", "calendar", "weekheader", "firstweekday"} {
		switch n {
		case "monthcalendar":
			m.Dict.SetStr(n, calFunc("Calendar.monthdayscalendar", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
				return def.monthDaysCalendar(xs[0], xs[1])
			}))
		case "prmonth":
			m.Dict.SetStr(n, bound("prmonth"))
		case "month":
			m.Dict.SetStr(n, calFunc("TextCalendar.formatmonth", []string{"theyear", "themonth", "w=", "l="}, []int{0, 0, 0, 0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
				s, err := def.formatMonth(xs[0], xs[1], xs[2], xs[3])
				return rt.Str(s), err
			}))
		case "prcal":
			m.Dict.SetStr(n, bound("pryear"))
		case "calendar":
			m.Dict.SetStr(n, calFunc("TextCalendar.formatyear", []string{"theyear", "w=", "l=", "c=", "m="}, []int{0, 2, 1, 6, 3}, func(th *rt.Thread, xs []int) (rt.Value, error) {
				s, err := def.formatYear(xs[0], xs[1], xs[2], xs[3], xs[4])
				return rt.Str(s), err
			}))
		case "weekheader":
			m.Dict.SetStr(n, calFunc("TextCalendar.formatweekheader", []string{"width"}, []int{0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
				return rt.Str(def.weekHeader(xs[0])), nil
			}))
		case "firstweekday":
			m.Dict.SetStr(n, calFunc("Calendar.getfirstweekday", nil, nil, func(th *rt.Thread, xs []int) (rt.Value, error) {
				return rt.MakeInt(def.fw.Load() % 7), nil
			}))
		}
	}
	m.Dict.SetStr("setfirstweekday", calFunc("setfirstweekday", []string{"firstweekday"}, []int{0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
		if xs[0] < 0 || xs[0] > 6 {
			return nil, rt.NewException(illegalWeekdayErr, rt.Str(fmt.Sprintf("bad weekday number %d; must be 0 (Monday) to 6 (Sunday)", xs[0])))
		}
		def.fw.Store(int64(xs[0]))
		return rt.None, nil
	}))
	m.Dict.SetStr("isleap", calFunc("isleap", []string{"year"}, []int{0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
		return rt.Bool(calIsLeap(xs[0])), nil
	}))
	m.Dict.SetStr("leapdays", calFunc("leapdays", []string{"y1", "y2"}, []int{0, 0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
		return rt.MakeInt(int64(calLeapDays(xs[0], xs[1]))), nil
	}))
	m.Dict.SetStr("weekday", calFunc("weekday", []string{"year", "month", "day"}, []int{0, 0, 0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
		wd, err := calWeekday(xs[0], xs[1], xs[2])
		return rt.MakeInt(int64(wd)), err
	}))
	m.Dict.SetStr("monthrange", calFunc("monthrange", []string{"year", "month"}, []int{0, 0}, func(th *rt.Thread, xs []int) (rt.Value, error) {
		wd, n, err := calMonthRange(xs[0], xs[1])
		if err != nil {
			return nil, err
		}
		return rt.NewTuple([]rt.Value{rt.MakeInt(int64(wd)), rt.MakeInt(int64(n))}), nil
	}))
	m.Dict.SetStr("timegm", rt.NewFunc("timegm", calTimegm))
	m.Dict.SetStr("Calendar", calendarType)
	m.Dict.SetStr("TextCalendar", textCalendarType)
	m.Dict.SetStr("IllegalMonthError", illegalMonthErr)
	m.Dict.SetStr("IllegalWeekdayError", illegalWeekdayErr)
	m.Dict.SetStr("month_name", strTuple(calMonthNames))
	m.Dict.SetStr("month_abbr", strTuple(calAbbr(calMonthNames)))
	m.Dict.SetStr("day_name", strTuple(calDayNames))
	m.Dict.SetStr("day_abbr", strTuple(calAbbr(calDayNames)))
	for i, n := range []string{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"} {
		m.Dict.SetStr(n, rt.MakeInt(int64(i)))
	}
	m.Dict.SetStr("EPOCH", rt.MakeInt(1970))
	return m
}

// calTimegm is timegm(tuple): seconds since the epoch of a UTC time tuple.
func calTimegm(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	vs, err := pyArgs("timegm", args, kwargs, "tuple")
	if err != nil {
		return nil, err
	}
	items, err := rt.IterateAll(th, vs[0])
	if err != nil {
		return nil, err
	}
	if len(items) < 6 {
		return nil, rt.NewError(rt.ValueErrorType, "not enough values to unpack (expected 6, got %d)", len(items))
	}
	xs := make([]int, 6)
	for i := range xs {
		if xs[i], err = rt.IndexInt(items[i]); err != nil {
			return nil, err
		}
	}
	if err := calDateCheck(xs[0], xs[1], 1); err != nil {
		return nil, err
	}
	first := time.Date(xs[0], time.Month(xs[1]), 1, 0, 0, 0, 0, time.UTC)
	days := int64(first.Unix()/86400) + int64(xs[2]) - 1
	return rt.MakeInt(((days*24+int64(xs[3]))*60+int64(xs[4]))*60 + int64(xs[5])), nil
}
