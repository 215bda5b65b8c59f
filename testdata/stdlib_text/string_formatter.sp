# string.Formatter: format/vformat/parse/get_field, subclasses overriding get_value, check_unused_args, format_field, convert_field; _string parsers; str.format parse errors
import string
from string import Formatter, Template
f = Formatter()
print(f.format("{0} {name:>8} {1!r}", 1, "two", name="N"))
print(list(f.parse("a{0}b{x:>3}c{{d}}")), list(f.parse("")), list(f.parse("{!r:{w}}")))
print(f.format("{:{}}|{:>{w}.{p}f}", "ab", 5, 3.14159, w=8, p=2), f.vformat("{a[k]}-{b.real}", (), {"a": {"k": 1}, "b": 2}))
print(f.get_field("0.real", (5,), {}), f.get_value("x", (), {"x": 1}), f.convert_field(1, "r"), f.format_field(3.5, "06.2f"))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)
print(Default().format("Hello {name}, you owe {amount:.2f} {currency}", name="Bob", amount=3))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f"unused: {sorted(extra)}")
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
class Upper(Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
print(Upper().format("{0:>6u}|{1!l}|{0}", "abc", "XYZ"))
for bad in ["{0}{}", "{}{0}", "{", "}", "{0!x}", "{0:{1:{2:{3}}}}", "{5}", "{k}"]:
    try:
        print(f.format(bad, 1, 2, 3, 4))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
import _string
first, rest = _string.formatter_field_name_split("0.attr[key][3]")
print(first, list(rest), _string.formatter_field_name_split("name")[0])
print(string.ascii_lowercase, string.capwords("a  b"), Template("$x").substitute(x=1), Template.__module__, Formatter.__module__)
print(sorted(n for n in dir(string) if not n.startswith("_")))
for s in ['{0!}', '{0!', '{0!r', '{0!rx}', '{', '}', 'a{0', '{0:{1}', '{{', 'x}}y', '{0[}', '{a[b]c}', '{!r}', '{:}','{0!r:}', '{0!x}', '{0:{1:{2}}}', '{0.}', '{0[]}', '{0]}' ]:
    try: r = repr(s.format(1,2,3,a={'b':1}))
    except Exception as e: r = type(e).__name__+': '+str(e)
    print(repr(s), r)
