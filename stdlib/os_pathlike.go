package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// os.PathLike, the abstract class of objects with __fspath__: a class
// with that method is a subclass for isinstance/issubclass (CPython's
// __subclasshook__), so pathlib paths and os.DirEntry are instances, and
// the class works in annotations (str | os.PathLike, os.PathLike[str]).
var osPathLikeType = goClass("PathLike", "os", nil,
	"__fspath__", meth("__fspath__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return nil, rt.NewError(rt.NotImplementedErrorType, "")
	}))

// pathLikeSubclass is issubclass(cls, os.PathLike).
func pathLikeSubclass(cls *rt.Type) bool {
	return cls.IsSubtype(osPathLikeType) || cls.Lookup("__fspath__") != nil
}
