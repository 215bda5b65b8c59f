package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// timeStrptime is time.strptime(string, format="%a %b %d %H:%M:%S %Y"):
// datetime's parser, returned as a struct_time with tm_isdst -1 and,
// when %z matched, tm_gmtoff in seconds (tm_zone stays None, as
// CPython's for a numeric offset).
func timeStrptime(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	var s string
	f := "%a %b %d %H:%M:%S %Y"
	if err := rt.UnpackArgs("strptime", args, kwargs, "string", &s, "format?", &f); err != nil {
		return nil, err
	}
	v, err := strptime(s, f)
	if err != nil {
		return nil, err
	}
	dt := v.(*datetime)
	st := &structTime{made: true, extra: [2]rt.Value{rt.None, rt.None}}
	yday := toOrdinal(dt.y, dt.m, dt.d) - toOrdinal(dt.y, 1, 1) + 1
	for i, n := range []int64{int64(dt.y), int64(dt.m), int64(dt.d), int64(dt.t.h), int64(dt.t.mi), int64(dt.t.s), int64(weekday(dt.y, dt.m, dt.d)), yday, -1} {
		st.fields[i] = rt.MakeInt(n)
	}
	if off, ok := dt.offset(th); ok {
		st.extra[1] = rt.MakeInt(off / 1e6)
	}
	return st, nil
}
