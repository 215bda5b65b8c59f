package stdlib

import (
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// reFlagNames lists re.RegexFlag's members and their one-letter aliases
// in CPython's order (which sets the order of iteration and of a
// combination's repr).
var reFlagNames = []struct {
	name string
	v    int
}{
	{"NOFLAG", 0}, {"ASCII", reASCII}, {"A", reASCII}, {"IGNORECASE", reIgnoreCase}, {"I", reIgnoreCase},
	{"LOCALE", reLocale}, {"L", reLocale}, {"UNICODE", reUnicode}, {"U", reUnicode},
	{"MULTILINE", reMultiline}, {"M", reMultiline}, {"DOTALL", reDotAll}, {"S", reDotAll},
	{"VERBOSE", reVerbose}, {"X", reVerbose}, {"TEMPLATE", reTemplate}, {"T", reTemplate}, {"DEBUG", reDebug},
}

// newRegexFlag makes re.RegexFlag, an enum.IntFlag whose members are
// shown the way CPython's global_enum shows them: re.MULTILINE,
// re.IGNORECASE|re.MULTILINE. The members are ints (re.M == 8).
func newRegexFlag(th *rt.Thread) (*rt.Type, error) {
	setupEnumTypes() // RegexFlag is an enum.IntFlag
	members := rt.NewDict()
	for _, f := range reFlagNames {
		members.SetStr(f.name, rt.MakeInt(int64(f.v)))
	}
	cls, err := enumFunctional(th, intFlagType, []rt.Value{rt.Str("RegexFlag"), members}, []rt.KwArg{{Name: "module", Value: rt.Str("re")}})
	if err != nil {
		return nil, err
	}
	t := cls.(*rt.Type)
	show := rt.NewMethod("__repr__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.Str(reFlagRepr(th, self)), nil
	})
	if err := t.SetAttr(th, "__repr__", show); err != nil {
		return nil, err
	}
	if err := t.SetAttr(th, "__str__", show); err != nil {
		return nil, err
	}
	return t, nil
}

// reFlagRepr is re.NAME for a member, re.A|re.B for a combination (with
// the unknown bits in hex last).
func reFlagRepr(th *rt.Thread, m rt.Value) string {
	if n, ok := memberAttr(th, m, "_name_").(rt.Str); ok {
		return "re." + strings.ReplaceAll(string(n), "|", "|re.")
	}
	v, _ := rt.AsInt64(memberAttr(th, m, "_value_"))
	var parts []string
	rest := v
	for _, p := range flagParts(th, m) {
		n, _ := memberAttr(th, p, "_name_").(rt.Str)
		x, _ := rt.AsInt64(memberAttr(th, p, "_value_"))
		parts = append(parts, "re."+string(n))
		rest &^= x
	}
	if rest != 0 || len(parts) == 0 {
		parts = append(parts, "0x"+reHex(int(rest)))
	}
	return strings.Join(parts, "|")
}
