"""pydump.py renders CPython's ast of Python files in the s-expression form
of the parser's dump_test.go, for the differential test in cpython_test.go."""
import ast, sys

HEX = True
POS = False
INF = False  # inside an f-string: CPython 3.11's positions there are not comparable

def at(n):
    if not POS or INF or not hasattr(n, "lineno") or n.lineno is None:
        return ""
    return "@%d:%d-%d:%d" % (n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1)

def s(v):
    if HEX:
        return v.encode("utf-8", "surrogatepass").hex() if isinstance(v, str) else v.hex()
    return repr(v)

def L(head, n, *items):
    items = [i for i in items if i != ""]
    return "(" + head + at(n) + "".join(" " + i for i in items) + ")"

def body(name, stmts):
    if not stmts:
        return ""
    return "(" + name + " " + " ".join(d(x) for x in stmts) + ")"

def opt(e):
    return "_" if e is None else d(e)

def flt(v):
    return format(v, ".17g")

def arg(a, default=None):
    out = a.arg
    if POS:
        out += at(a)
    if a.annotation is not None:
        out += ":" + d(a.annotation)
    if default is not None:
        out += "=" + d(default)
    return out

def args(a):
    parts = []
    pos = a.posonlyargs + a.args
    defs = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
    for i, x in enumerate(a.posonlyargs):
        parts.append(arg(x, defs[i]))
    if a.posonlyargs:
        parts.append("/")
    for i, x in enumerate(a.args):
        parts.append(arg(x, defs[len(a.posonlyargs) + i]))
    if a.vararg:
        parts.append("*" + arg(a.vararg))
    elif a.kwonlyargs:
        parts.append("*")
    for x, dflt in zip(a.kwonlyargs, a.kw_defaults):
        parts.append(arg(x, dflt))
    if a.kwarg:
        parts.append("**" + arg(a.kwarg))
    return "(args" + "".join(" " + p for p in parts) + ")"

OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//",
       ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
       ast.BitAnd: "&", ast.Invert: "~", ast.Not: "not", ast.UAdd: "+", ast.USub: "-", ast.Eq: "==",
       ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is",
       ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.And: "and", ast.Or: "or"}

def op(o):
    return OPS[type(o)]

def comp(c):
    return "(for " + d(c.target) + " " + d(c.iter) + "".join(" (if " + d(i) + ")" for i in c.ifs) + ")"

def kw(k, n=None):
    return L("kw", k, "**" if k.arg is None else k.arg, d(k.value))

def d(n):
    t = type(n)
    if t is ast.Name:
        return L("Name", n, n.id)
    if t is ast.Constant:
        v = n.value
        if v is None: return "None" + at(n)
        if v is True: return "True" + at(n)
        if v is False: return "False" + at(n)
        if v is Ellipsis: return "..." + at(n)
        if isinstance(v, int): return L("Int", n, str(v))
        if isinstance(v, float): return L("Float", n, flt(v))
        if isinstance(v, str): return L("Str", n, s(v))
        if isinstance(v, bytes): return L("Bytes", n, s(v))
        raise Exception("const %r" % v)
    if t is ast.JoinedStr:
        global INF
        head = "(JoinedStr" + at(n)
        saved, INF = INF, True
        try:
            return head + "".join(" " + d(x) for x in n.values) + ")"
        finally:
            INF = saved
    if t is ast.FormattedValue:
        saved, INF = INF, False
        try:
            items = [d(n.value)]
        finally:
            INF = saved
        if n.conversion != -1:
            items.append("!" + chr(n.conversion))
        if n.format_spec is not None:
            items.append(d(n.format_spec))
        return L("FV", n, *items)
    if t is ast.BinOp: return L("BinOp", n, op(n.op), d(n.left), d(n.right))
    if t is ast.UnaryOp: return L("UnaryOp", n, op(n.op), d(n.operand))
    if t is ast.BoolOp: return L("BoolOp", n, op(n.op), *[d(x) for x in n.values])
    if t is ast.Compare:
        items = [d(n.left)]
        for o, c in zip(n.ops, n.comparators):
            items += [op(o), d(c)]
        return L("Compare", n, *items)
    if t is ast.Call:
        return L("Call", n, d(n.func), *[d(a) for a in n.args], *[kw(k) for k in n.keywords])
    if t is ast.Attribute: return L("Attr", n, d(n.value), n.attr)
    if t is ast.Subscript: return L("Sub", n, d(n.value), d(n.slice))
    if t is ast.Slice: return L("Slice", n, opt(n.lower), opt(n.upper), opt(n.step))
    if t is ast.Starred: return L("Starred", n, d(n.value))
    if t is ast.List: return L("List", n, *[d(x) for x in n.elts])
    if t is ast.Tuple: return L("Tuple", n, *[d(x) for x in n.elts])
    if t is ast.Set: return L("Set", n, *[d(x) for x in n.elts])
    if t is ast.Dict:
        items = []
        for k, v in zip(n.keys, n.values):
            items.append("(** " + d(v) + ")" if k is None else "(" + d(k) + " " + d(v) + ")")
        return L("Dict", n, *items)
    if t is ast.IfExp: return L("IfExp", n, d(n.test), d(n.body), d(n.orelse))
    if t is ast.NamedExpr: return L("Named", n, d(n.target), d(n.value))
    if t is ast.Lambda: return L("Lambda", n, args(n.args), d(n.body))
    if t is ast.ListComp: return L("ListComp", n, d(n.elt), *[comp(c) for c in n.generators])
    if t is ast.SetComp: return L("SetComp", n, d(n.elt), *[comp(c) for c in n.generators])
    if t is ast.GeneratorExp: return L("GenExp", n, d(n.elt), *[comp(c) for c in n.generators])
    if t is ast.DictComp: return L("DictComp", n, d(n.key), d(n.value), *[comp(c) for c in n.generators])
    if t is ast.Yield: return "(Yield" + at(n) + ")" if n.value is None else L("Yield", n, d(n.value))
    if t is ast.YieldFrom: return L("YieldFrom", n, d(n.value))
    # statements
    if t is ast.Expr: return L("Expr", n, d(n.value))
    if t is ast.Assign: return L("Assign", n, *[d(x) for x in n.targets], d(n.value))
    if t is ast.AugAssign: return L("AugAssign", n, op(n.op), d(n.target), d(n.value))
    if t is ast.AnnAssign:
        if n.value is None: return L("AnnAssign", n, d(n.target), d(n.annotation))
        return L("AnnAssign", n, d(n.target), d(n.annotation), d(n.value))
    if t is ast.Delete: return L("Del", n, *[d(x) for x in n.targets])
    if t is ast.Pass: return "(Pass" + at(n) + ")"
    if t is ast.Break: return "(Break" + at(n) + ")"
    if t is ast.Continue: return "(Continue" + at(n) + ")"
    if t is ast.Return: return "(Return" + at(n) + ")" if n.value is None else L("Return", n, d(n.value))
    if t is ast.Raise:
        if n.exc is None: return "(Raise" + at(n) + ")"
        if n.cause is None: return L("Raise", n, d(n.exc))
        return L("Raise", n, d(n.exc), d(n.cause))
    if t is ast.Global: return L("Global", n, " ".join(n.names))
    if t is ast.Nonlocal: return L("Nonlocal", n, " ".join(n.names))
    if t is ast.Assert:
        if n.msg is None: return L("Assert", n, d(n.test))
        return L("Assert", n, d(n.test), d(n.msg))
    if t is ast.If: return L("If", n, d(n.test), body("body", n.body), body("else", n.orelse))
    if t is ast.While: return L("While", n, d(n.test), body("body", n.body), body("else", n.orelse))
    if t is ast.For: return L("For", n, d(n.target), d(n.iter), body("body", n.body), body("else", n.orelse))
    if t is ast.FunctionDef:
        items = [n.name, args(n.args)]
        if n.returns is not None: items.append("(-> " + d(n.returns) + ")")
        if n.decorator_list: items.append("(@ " + " ".join(d(x) for x in n.decorator_list) + ")")
        return L("Def", n, *items, body("body", n.body))
    if t is ast.ClassDef:
        items = [n.name]
        if n.bases: items.append("(bases " + " ".join(d(x) for x in n.bases) + ")")
        items += [kw(k) for k in n.keywords]
        if n.decorator_list: items.append("(@ " + " ".join(d(x) for x in n.decorator_list) + ")")
        return L("Class", n, *items, body("body", n.body))
    if t is ast.Try:
        items = [body("body", n.body)]
        for h in n.handlers:
            hi = [opt(h.type)]
            if h.name: hi.append("as " + h.name)
            items.append(L("except", h, *hi, body("body", h.body)))
        return L("Try", n, *items, body("else", n.orelse), body("finally", n.finalbody))
    if t is ast.With:
        items = []
        for it in n.items:
            if it.optional_vars is None: items.append("(item " + d(it.context_expr) + ")")
            else: items.append("(item " + d(it.context_expr) + " " + d(it.optional_vars) + ")")
        return L("With", n, *items, body("body", n.body))
    if t is ast.Import:
        return L("Import", n, *[al(a) for a in n.names])
    if t is ast.ImportFrom:
        return L("ImportFrom", n, "." * n.level + (n.module or ""), *[al(a) for a in n.names])
    raise Exception("node %s" % t.__name__)

def al(a):
    return a.name if a.asname is None else a.name + " as " + a.asname

def dump_file(path):
    """Returns the dump lines of a file, or None if CPython rejects it or
    it uses something outside the Spindle ast."""
    try:
        tree = ast.parse(open(path, "rb").read())
        return [d(st) for st in tree.body]
    except Exception:
        return None

if __name__ == "__main__":
    # pydump.py [-pos] [-json] files...: one line per top-level statement,
    # or with -json a {path: lines-or-null} object for all files.
    import json
    POS = "-pos" in sys.argv
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    if "-json" in sys.argv:
        json.dump({p: dump_file(p) for p in paths}, sys.stdout)
    else:
        for p in paths:
            for line in dump_file(p) or ["<rejected>"]:
                print(line)
