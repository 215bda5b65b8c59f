package parser

import (
	"errors"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/ast"
	"github.com/stretchr/testify/require"
)

// parseDump parses src as a file and dumps its statements.
func parseDump(t *testing.T, src string) string {
	t.Helper()
	mod, err := ParseFile("t.sp", []byte(src))
	require.NoError(t, err, "source: %q", src)
	return dumpStmts(mod.Body)
}

// TestExpressions covers every expression form and the precedence corners.
func TestExpressions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = a + b * c",
			"(Assign (Name x) (BinOp + (Name a) (BinOp * (Name b) (Name c))))"},
		{"x = (a + b) * c",
			"(Assign (Name x) (BinOp * (BinOp + (Name a) (Name b)) (Name c)))"},
		{"x = a - b - c",
			"(Assign (Name x) (BinOp - (BinOp - (Name a) (Name b)) (Name c)))"},
		{"x = a ** b ** c",
			"(Assign (Name x) (BinOp ** (Name a) (BinOp ** (Name b) (Name c))))"},
		{"x = -2 ** 2",
			"(Assign (Name x) (UnaryOp - (BinOp ** (Int 2) (Int 2))))"},
		{"x = 2 ** -1",
			"(Assign (Name x) (BinOp ** (Int 2) (UnaryOp - (Int 1))))"},
		{"x = -a.b ** -c[0]",
			"(Assign (Name x) (UnaryOp - (BinOp ** (Attr (Name a) b) (UnaryOp - (Sub (Name c) (Int 0))))))"},
		{"x = ~a + +b - -c",
			"(Assign (Name x) (BinOp - (BinOp + (UnaryOp ~ (Name a)) (UnaryOp + (Name b))) (UnaryOp - (Name c))))"},
		{"x = a | b ^ c & d << e >> f",
			"(Assign (Name x) (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp >> (BinOp << (Name d) (Name e)) (Name f))))))"},
		{"x = a @ b // c % d / e",
			"(Assign (Name x) (BinOp / (BinOp % (BinOp // (BinOp @ (Name a) (Name b)) (Name c)) (Name d)) (Name e)))"},
		{"x = a < b <= c == d != e > f >= g",
			"(Assign (Name x) (Compare (Name a) < (Name b) <= (Name c) == (Name d) != (Name e) > (Name f) >= (Name g)))"},
		{"x = a in b not in c is d is not e",
			"(Assign (Name x) (Compare (Name a) in (Name b) not in (Name c) is (Name d) is not (Name e)))"},
		{"x = not a and b or not c",
			"(Assign (Name x) (BoolOp or (BoolOp and (UnaryOp not (Name a)) (Name b)) (UnaryOp not (Name c))))"},
		{"x = a or b or c and d and e",
			"(Assign (Name x) (BoolOp or (Name a) (Name b) (BoolOp and (Name c) (Name d) (Name e))))"},
		{"x = a if b else c if d else e",
			"(Assign (Name x) (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e))))"},
		{"x = lambda: 0",
			"(Assign (Name x) (Lambda (args) (Int 0)))"},
		{"x = lambda a, b=1, *c, d, e=2, **f: a",
			"(Assign (Name x) (Lambda (args a b=(Int 1) *c d e=(Int 2) **f) (Name a)))"},
		{"x = lambda a, /, b: 0",
			"(Assign (Name x) (Lambda (args a / b) (Int 0)))"},
		{"x = lambda *, k: k",
			"(Assign (Name x) (Lambda (args * k) (Name k)))"},
		{"f = lambda: (yield)",
			"(Assign (Name f) (Lambda (args) (Yield)))"},
		{"y = (x := 10)",
			"(Assign (Name y) (Named (Name x) (Int 10)))"},
		{"print(y := 1, z := 2)",
			"(Expr (Call (Name print) (Named (Name y) (Int 1)) (Named (Name z) (Int 2))))"},
		{"if (n := len(a)) > 10: pass",
			"(If (Compare (Named (Name n) (Call (Name len) (Name a))) > (Int 10)) (body (Pass)))"},
		{"a[x := 1]",
			"(Expr (Sub (Name a) (Named (Name x) (Int 1))))"},
		{"[y := f(x), y ** 2]",
			"(Expr (List (Named (Name y) (Call (Name f) (Name x))) (BinOp ** (Name y) (Int 2))))"},
		{"x = 1,",
			"(Assign (Name x) (Tuple (Int 1)))"},
		{"x = 1, 2",
			"(Assign (Name x) (Tuple (Int 1) (Int 2)))"},
		{"x = (1,)",
			"(Assign (Name x) (Tuple (Int 1)))"},
		{"x = ()",
			"(Assign (Name x) (Tuple))"},
		{"x = []",
			"(Assign (Name x) (List))"},
		{"x = {}",
			"(Assign (Name x) (Dict))"},
		{"x = {1}",
			"(Assign (Name x) (Set (Int 1)))"},
		{"x = {1, 2,}",
			"(Assign (Name x) (Set (Int 1) (Int 2)))"},
		{"x = [1, *a, 2]",
			"(Assign (Name x) (List (Int 1) (Starred (Name a)) (Int 2)))"},
		{"x = (*a, *b)",
			"(Assign (Name x) (Tuple (Starred (Name a)) (Starred (Name b))))"},
		{"x = {**a, 'b': 1, **c}",
			"(Assign (Name x) (Dict (** (Name a)) ((Str \"b\") (Int 1)) (** (Name c))))"},
		{"x = {1: 2, 3: 4,}",
			"(Assign (Name x) (Dict ((Int 1) (Int 2)) ((Int 3) (Int 4))))"},
		{"x = [i for i in range(10)]",
			"(Assign (Name x) (ListComp (Name i) (for (Name i) (Call (Name range) (Int 10)))))"},
		{"x = [i * j for i in a if i for j in b if j if i != j]",
			"(Assign (Name x) (ListComp (BinOp * (Name i) (Name j)) (for (Name i) (Name a) (if (Name i))) (for (Name j) (Name b) (if (Name j)) (if (Compare (Name i) != (Name j))))))"},
		{"x = {k: v for k, v in d.items()}",
			"(Assign (Name x) (DictComp (Name k) (Name v) (for (Tuple (Name k) (Name v)) (Call (Attr (Name d) items)))))"},
		{"x = {v for v in s}",
			"(Assign (Name x) (SetComp (Name v) (for (Name v) (Name s))))"},
		{"x = (v for v in s)",
			"(Assign (Name x) (GenExp (Name v) (for (Name v) (Name s))))"},
		{"x = [(a, b) for a, (b, c) in pairs]",
			"(Assign (Name x) (ListComp (Tuple (Name a) (Name b)) (for (Tuple (Name a) (Tuple (Name b) (Name c))) (Name pairs))))"},
		{"x = [lambda: i for i in range(3)]",
			"(Assign (Name x) (ListComp (Lambda (args) (Name i)) (for (Name i) (Call (Name range) (Int 3)))))"},
		{"x = [i for i in (yield)]",
			"(Assign (Name x) (ListComp (Name i) (for (Name i) (Yield))))"},
		{"f(x for x in y)",
			"(Expr (Call (Name f) (GenExp (Name x) (for (Name x) (Name y)))))"},
		{"f(a, b, *c, d=1, **e)",
			"(Expr (Call (Name f) (Name a) (Name b) (Starred (Name c)) (kw d (Int 1)) (kw ** (Name e))))"},
		{"f(*a, *b, **c, **d)",
			"(Expr (Call (Name f) (Starred (Name a)) (Starred (Name b)) (kw ** (Name c)) (kw ** (Name d))))"},
		{"f(a)(b)(c)",
			"(Expr (Call (Call (Call (Name f) (Name a)) (Name b)) (Name c)))"},
		{"f(a=1, *b)",
			"(Expr (Call (Name f) (Starred (Name b)) (kw a (Int 1))))"},
		{"x.y.z",
			"(Expr (Attr (Attr (Name x) y) z))"},
		{"x[1]",
			"(Expr (Sub (Name x) (Int 1)))"},
		{"x[1:2]",
			"(Expr (Sub (Name x) (Slice (Int 1) (Int 2) _)))"},
		{"x[1:2:3]",
			"(Expr (Sub (Name x) (Slice (Int 1) (Int 2) (Int 3))))"},
		{"x[::2]",
			"(Expr (Sub (Name x) (Slice _ _ (Int 2))))"},
		{"x[:]",
			"(Expr (Sub (Name x) (Slice _ _ _)))"},
		{"x[1:]",
			"(Expr (Sub (Name x) (Slice (Int 1) _ _)))"},
		{"x[:-1]",
			"(Expr (Sub (Name x) (Slice _ (UnaryOp - (Int 1)) _)))"},
		{"x[i, j]",
			"(Expr (Sub (Name x) (Tuple (Name i) (Name j))))"},
		{"x[1:2, 3]",
			"(Expr (Sub (Name x) (Tuple (Slice (Int 1) (Int 2) _) (Int 3))))"},
		{"x[1:2, ::3, ...]",
			"(Expr (Sub (Name x) (Tuple (Slice (Int 1) (Int 2) _) (Slice _ _ (Int 3)) ...)))"},
		{"x[*a]",
			"(Expr (Sub (Name x) (Tuple (Starred (Name a)))))"},
		{"x[a,]",
			"(Expr (Sub (Name x) (Tuple (Name a))))"},
		{"x = None, True, False, ...",
			"(Assign (Name x) (Tuple None True False ...))"},
		{"x = 0x_ff + 0o17 + 0b101 + 1_000",
			"(Assign (Name x) (BinOp + (BinOp + (BinOp + (Int 16:ff) (Int 8:17)) (Int 2:101)) (Int 1000)))"},
		{"x = 1.5 + 1e-9 + .5 + 1_0.0_1",
			"(Assign (Name x) (BinOp + (BinOp + (BinOp + (Float 1.5) (Float 1e-09)) (Float 0.5)) (Float 10.01)))"},
		{"x = 'a' \"b\" '''c''' \"\"\"d\"\"\"",
			"(Assign (Name x) (Str \"abcd\"))"},
		{"x = b'a' b\"b\"",
			"(Assign (Name x) (Bytes \"ab\"))"},
		{"x = r'\\n' + '\\n' + '\\x41\\u00e9'",
			"(Assign (Name x) (BinOp + (BinOp + (Str \"\\\\n\") (Str \"\\n\")) (Str \"Aé\")))"},
		{"x = f'a{b}c'",
			"(Assign (Name x) (JoinedStr (Str \"a\") (FV (Name b)) (Str \"c\")))"},
		{"x = f'{x!r} {y!s:>10} {z!a}'",
			"(Assign (Name x) (JoinedStr (FV (Name x) !r) (Str \" \") (FV (Name y) !s (JoinedStr (Str \">10\"))) (Str \" \") (FV (Name z) !a)))"},
		{"x = f'{x:{w}.{p}f}'",
			"(Assign (Name x) (JoinedStr (FV (Name x) (JoinedStr (FV (Name w)) (Str \".\") (FV (Name p)) (Str \"f\")))))"},
		{"x = f'{x=}'",
			"(Assign (Name x) (JoinedStr (Str \"x=\") (FV (Name x) !r)))"},
		{"x = f'{x = !s}'",
			"(Assign (Name x) (JoinedStr (Str \"x = \") (FV (Name x) !s)))"},
		{"x = f'{x=:>5}'",
			"(Assign (Name x) (JoinedStr (Str \"x=\") (FV (Name x) (JoinedStr (Str \">5\")))))"},
		{"x = f'a' 'b' f'{c}' 'd'",
			"(Assign (Name x) (JoinedStr (Str \"ab\") (FV (Name c)) (Str \"d\")))"},
		{"x = f'{a, b}'",
			"(Assign (Name x) (JoinedStr (FV (Tuple (Name a) (Name b)))))"},
		{"x = f'{{}}'",
			"(Assign (Name x) (JoinedStr (Str \"{}\")))"},
		{"x = f''",
			"(Assign (Name x) (JoinedStr))"},
		{"x = f'{f\"{1}\"}'",
			"(Assign (Name x) (JoinedStr (FV (JoinedStr (FV (Int 1))))))"},
		{"x = yield",
			"(Assign (Name x) (Yield))"},
		{"x = yield a",
			"(Assign (Name x) (Yield (Name a)))"},
		{"x = yield a, b",
			"(Assign (Name x) (Yield (Tuple (Name a) (Name b))))"},
		{"x = yield from g()",
			"(Assign (Name x) (YieldFrom (Call (Name g))))"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, parseDump(t, tt.src), "source: %q", tt.src)
	}
}

// TestStatements covers every statement form.
func TestStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a = b = c = 1",
			"(Assign (Name a) (Name b) (Name c) (Int 1))"},
		{"a, b = b, a",
			"(Assign (Tuple (Name a) (Name b)) (Tuple (Name b) (Name a)))"},
		{"[a, b] = c",
			"(Assign (List (Name a) (Name b)) (Name c))"},
		{"a, *b = c",
			"(Assign (Tuple (Name a) (Starred (Name b))) (Name c))"},
		{"(a, b), c = d",
			"(Assign (Tuple (Tuple (Name a) (Name b)) (Name c)) (Name d))"},
		{"a.b = c[d] = e",
			"(Assign (Attr (Name a) b) (Sub (Name c) (Name d)) (Name e))"},
		{"x += 1",
			"(AugAssign + (Name x) (Int 1))"},
		{"x.y -= 2",
			"(AugAssign - (Attr (Name x) y) (Int 2))"},
		{"x[0] *= 3",
			"(AugAssign * (Sub (Name x) (Int 0)) (Int 3))"},
		{"x @= y",
			"(AugAssign @ (Name x) (Name y))"},
		{"x //= 2; x %= 3; x **= 4; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x /= 2",
			"(AugAssign // (Name x) (Int 2)) (AugAssign % (Name x) (Int 3)) (AugAssign ** (Name x) (Int 4)) (AugAssign << (Name x) (Int 1)) (AugAssign >> (Name x) (Int 1)) (AugAssign & (Name x) (Int 1)) (AugAssign | (Name x) (Int 1)) (AugAssign ^ (Name x) (Int 1)) (AugAssign / (Name x) (Int 2))"},
		{"x: int",
			"(AnnAssign (Name x) (Name int))"},
		{"x: int = 1",
			"(AnnAssign (Name x) (Name int) (Int 1))"},
		{"x.y: List[int] = []",
			"(AnnAssign (Attr (Name x) y) (Sub (Name List) (Name int)) (List))"},
		{"(x): int = 1",
			"(AnnAssign (Name x) (Name int) (Int 1))"},
		{"del a",
			"(Del (Name a))"},
		{"del a, b[0], c.d",
			"(Del (Name a) (Sub (Name b) (Int 0)) (Attr (Name c) d))"},
		{"del (a, b), [c]",
			"(Del (Tuple (Name a) (Name b)) (List (Name c)))"},
		{"del a,",
			"(Del (Name a))"},
		{"pass",
			"(Pass)"},
		{"break",
			"(Break)"},
		{"continue",
			"(Continue)"},
		{"return",
			"(Return)"},
		{"return x",
			"(Return (Name x))"},
		{"return x, y",
			"(Return (Tuple (Name x) (Name y)))"},
		{"return *a, b",
			"(Return (Tuple (Starred (Name a)) (Name b)))"},
		{"raise",
			"(Raise)"},
		{"raise E",
			"(Raise (Name E))"},
		{"raise E(\"m\") from None",
			"(Raise (Call (Name E) (Str \"m\")) None)"},
		{"global a, b",
			"(Global a b)"},
		{"nonlocal c",
			"(Nonlocal c)"},
		{"assert x",
			"(Assert (Name x))"},
		{"assert x, \"msg\"",
			"(Assert (Name x) (Str \"msg\"))"},
		{"import a",
			"(Import a)"},
		{"import a.b.c",
			"(Import a.b.c)"},
		{"import a.b as c, d",
			"(Import a.b as c d)"},
		{"from a import b",
			"(ImportFrom a b)"},
		{"from a.b import c as d, e",
			"(ImportFrom a.b c as d e)"},
		{"from . import x",
			"(ImportFrom . x)"},
		{"from .. import x",
			"(ImportFrom .. x)"},
		{"from ...a import b",
			"(ImportFrom ...a b)"},
		{"from .... import x",
			"(ImportFrom .... x)"},
		{"from a import *",
			"(ImportFrom a *)"},
		{"from a import (b, c as d,)",
			"(ImportFrom a b c as d)"},
		{"x = 1; y = 2",
			"(Assign (Name x) (Int 1)) (Assign (Name y) (Int 2))"},
		{"x = 1;",
			"(Assign (Name x) (Int 1))"},
		{`if a:
    pass`,
			"(If (Name a) (body (Pass)))"},
		{`if a: pass
elif b: pass
elif c: pass
else: pass`,
			"(If (Name a) (body (Pass)) (else (If (Name b) (body (Pass)) (else (If (Name c) (body (Pass)) (else (Pass)))))))"},
		{`if a:
    x = 1
    y = 2
else:
    z = 3`,
			"(If (Name a) (body (Assign (Name x) (Int 1)) (Assign (Name y) (Int 2))) (else (Assign (Name z) (Int 3))))"},
		{`while x:
    x -= 1
else:
    done()`,
			"(While (Name x) (body (AugAssign - (Name x) (Int 1))) (else (Expr (Call (Name done)))))"},
		{`for i in range(10):
    continue
else:
    pass`,
			"(For (Name i) (Call (Name range) (Int 10)) (body (Continue)) (else (Pass)))"},
		{"for i, (a, b) in enumerate(x): pass",
			"(For (Tuple (Name i) (Tuple (Name a) (Name b))) (Call (Name enumerate) (Name x)) (body (Pass)))"},
		{"for x, in y: pass",
			"(For (Tuple (Name x)) (Name y) (body (Pass)))"},
		{"for x in *a, b: pass",
			"(For (Name x) (Tuple (Starred (Name a)) (Name b)) (body (Pass)))"},
		{"for x in a, b: pass",
			"(For (Name x) (Tuple (Name a) (Name b)) (body (Pass)))"},
		{"def f(): pass",
			"(Def f (args) (body (Pass)))"},
		{`def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a`,
			"(Def f (args a b=(Int 1) *args c d=(Int 2) **kwargs) (-> (Name int)) (body (Return (Name a))))"},
		{`def f(a, b, /, c, *, d):
    pass`,
			"(Def f (args a b / c * d) (body (Pass)))"},
		{"def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None: pass",
			"(Def f (args a:(Name int) *b:(Name str) c:(Name float)=(Float 1) **d:(Name dict)) (-> None) (body (Pass)))"},
		{"def f(*, a=1): pass",
			"(Def f (args * a=(Int 1)) (body (Pass)))"},
		{"def f(a,): pass",
			"(Def f (args a) (body (Pass)))"},
		{"@dec\ndef f(): pass",
			"(Def f (args) (@ (Name dec)) (body (Pass)))"},
		{"@a.b(c)\n@d\ndef f():\n    pass",
			"(Def f (args) (@ (Call (Attr (Name a) b) (Name c)) (Name d)) (body (Pass)))"},
		{"@dec\nclass C: pass",
			"(Class C (@ (Name dec)) (body (Pass)))"},
		{"class C: pass",
			"(Class C (body (Pass)))"},
		{"class C(): pass",
			"(Class C (body (Pass)))"},
		{`class C(A, B, metaclass=M, **kw):
    x = 1
    def m(self): return self.x`,
			"(Class C (bases (Name A) (Name B)) (kw metaclass (Name M)) (kw ** (Name kw)) (body (Assign (Name x) (Int 1)) (Def m (args self) (body (Return (Attr (Name self) x))))))"},
		{`try:
    pass
except:
    pass`,
			"(Try (body (Pass)) (except _ (body (Pass))))"},
		{`try:
    a()
except E:
    b()
except (E1, E2) as e:
    c()
else:
    d()
finally:
    e()`,
			"(Try (body (Expr (Call (Name a)))) (except (Name E) (body (Expr (Call (Name b))))) (except (Tuple (Name E1) (Name E2)) as e (body (Expr (Call (Name c))))) (else (Expr (Call (Name d)))) (finally (Expr (Call (Name e)))))"},
		{`try:
    pass
finally:
    pass`,
			"(Try (body (Pass)) (finally (Pass)))"},
		{`try: a()
except E as e: b(e)`,
			"(Try (body (Expr (Call (Name a)))) (except (Name E) as e (body (Expr (Call (Name b) (Name e))))))"},
		{`try:
    a()
except* E:
    b()
except *(E1, E2) as e:
    c()
else:
    d()`,
			"(TryStar (body (Expr (Call (Name a)))) (except (Name E) (body (Expr (Call (Name b))))) (except (Tuple (Name E1) (Name E2)) as e (body (Expr (Call (Name c))))) (else (Expr (Call (Name d)))))"},
		{"with a: pass",
			"(With (item (Name a)) (body (Pass)))"},
		{"with a as b, c as (d, e), f: pass",
			"(With (item (Name a) (Name b)) (item (Name c) (Tuple (Name d) (Name e))) (item (Name f)) (body (Pass)))"},
		{"with (a as b, c as d,): pass",
			"(With (item (Name a) (Name b)) (item (Name c) (Name d)) (body (Pass)))"},
		{"with (a, b): pass",
			"(With (item (Name a)) (item (Name b)) (body (Pass)))"},
		{"with (a, b) as c: pass",
			"(With (item (Tuple (Name a) (Name b)) (Name c)) (body (Pass)))"},
		{"with (a) as b: pass",
			"(With (item (Name a) (Name b)) (body (Pass)))"},
		{"with (yield): pass",
			"(With (item (Yield)) (body (Pass)))"},
		{"with a() as b.c: pass",
			"(With (item (Call (Name a)) (Attr (Name b) c)) (body (Pass)))"},
		{`await:
    async:
        x = f()
    async: y = g()`,
			"(Await (Async (Assign (Name x) (Call (Name f)))) (Async (Assign (Name y) (Call (Name g)))))"},
		{"await: pass",
			"(Await (Pass))"},
		{"async: x = 1",
			"(Async (Assign (Name x) (Int 1)))"},
		{`def gen():
    x = yield
    y = yield x
    z = yield from g()
    yield a, b
    print((yield))`,
			"(Def gen (args) (body (Assign (Name x) (Yield)) (Assign (Name y) (Yield (Name x))) (Assign (Name z) (YieldFrom (Call (Name g)))) (Expr (Yield (Tuple (Name a) (Name b)))) (Expr (Call (Name print) (Yield)))))"},
		{`match = 1
case = match
_ = case`,
			"(Assign (Name match) (Int 1)) (Assign (Name case) (Name match)) (Assign (Name _) (Name case))"},
		{"print(match(x), case[0], _)",
			"(Expr (Call (Name print) (Call (Name match) (Name x)) (Sub (Name case) (Int 0)) (Name _)))"},
		{`x = [
    1,
    2,
]`,
			"(Assign (Name x) (List (Int 1) (Int 2)))"},
		{`x = 1 + \
    2`,
			"(Assign (Name x) (BinOp + (Int 1) (Int 2)))"},
		{`if x:
    if y:
        pass
    else:
        pass
z = 1
`,
			"(If (Name x) (body (If (Name y) (body (Pass)) (else (Pass))))) (Assign (Name z) (Int 1))"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, parseDump(t, tt.src), "source: %q", tt.src)
	}
}

// TestCPythonErrors checks messages and positions of syntax errors
// against CPython 3.11 (the expectations were produced by compile() in
// python3 3.11; columns are 1-based). incomplete is the REPL's "more
// input could complete this".
func TestCPythonErrors(t *testing.T) {
	tests := []struct {
		src, kind, msg string
		line, col      int
		incomplete     bool
	}{
		{`if x
    pass`, "", "expected ':'", 1, 5, false},
		{`if x:
pass`, "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, false},
		{"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, true},
		{"def f():", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, true},
		{"class A:", "IndentationError", "expected an indented block after class definition on line 1", 1, 9, true},
		{"for x in y:", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12, true},
		{"while x:", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9, true},
		{"try:", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5, true},
		{`try:
    pass`, "", "expected 'except' or 'finally' block", 2, 9, true},
		{`try:
    pass
x = 1`, "", "expected 'except' or 'finally' block", 3, 1, false},
		{"with a:", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8, true},
		{`if x:
    pass
else:`, "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, true},
		{`if x:
    pass
elif y:`, "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8, true},
		{`try:
    pass
except:`, "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 8, true},
		{`try:
    pass
except* E:`, "IndentationError", "expected an indented block after 'except*' statement on line 3", 3, 11, true},
		{`try:
    pass
except*:
    pass`, "", "expected one or more exception types", 3, 8, false},
		{`try:
    pass
except E:
    pass
except *F:
    pass`, "", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, false},
		{`try:
    pass
finally:`, "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9, true},
		{"  x = 1", "IndentationError", "unexpected indent", 1, 2, false},
		{`x = 1
  y = 2`, "IndentationError", "unexpected indent", 2, 2, false},
		{"f() = 1", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"1 = x", "", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"del f()", "", "cannot delete function call", 1, 5, false},
		{"del 1", "", "cannot delete literal", 1, 5, false},
		{"f(a=1, b)", "", "positional argument follows keyword argument", 1, 9, false},
		{"[*x for x in y]", "", "iterable unpacking cannot be used in comprehension", 1, 2, false},
		{"*a, *b = c", "", "multiple starred expressions in assignment", 1, 1, false},
		{"x = (1,", "", "'(' was never closed", 1, 5, true},
		{"x = )", "", "unmatched ')'", 1, 5, false},
		{"foo bar", "", "invalid syntax", 1, 5, false},
		{"f(a b)", "", "invalid syntax. Perhaps you forgot a comma?", 1, 3, false},
		{"if x = 1: pass", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, false},
		{"x + 1 = 2", "", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"(a, b) += 1", "", "'tuple' is an illegal expression for augmented assignment", 1, 1, false},
		{"a, b += 1", "", "'tuple' is an illegal expression for augmented assignment", 1, 1, false},
		{"x = ", "", "invalid syntax", 1, 5, false},
		{"def f(x, x): pass", "", "duplicate argument 'x' in function definition", 1, 10, false},
		{"def f(*): pass", "", "named arguments must follow bare *", 1, 7, false},
		{"def f(a=1, b): pass", "", "non-default argument follows default argument", 1, 12, false},
		{"f(**a, *b)", "", "iterable argument unpacking follows keyword argument unpacking", 1, 8, false},
		{"\"a\" \"b\" = 1", "", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"None = 1", "", "cannot assign to None", 1, 1, false},
		{"x.None", "", "invalid syntax", 1, 3, false},
		{"print \"hello\"", "", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, false},
		{"else: pass", "", "invalid syntax", 1, 1, false},
		{"x = yield = 1", "", "assignment to yield expression not possible", 1, 5, false},
		{"a if b = 1", "", "expected 'else' after 'if' expression", 1, 1, false},
		{"(x := 1) = 2", "", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, false},
		{"x := 1", "", "invalid syntax", 1, 3, false},
		{"[x for x in y] = 1", "", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"f(x for x in y, 1)", "", "Generator expression must be parenthesized", 1, 3, false},
		{"def f(**k, a): pass", "", "arguments cannot follow var-keyword argument", 1, 12, false},
		{"import a.b as", "", "invalid syntax", 1, 14, false},
		{"from x import a, b,", "", "trailing comma not allowed without surrounding parentheses", 1, 20, false},
		{`for x in range(10):
    pass
  print(x)
`, "IndentationError", "unindent does not match any outer indentation level", 3, 11, false},
		{"f() = x = 1", "", "cannot assign to function call", 1, 1, false},
		{"x = f() = 1", "", "cannot assign to function call", 1, 5, false},
		{"(a, f()) = 1", "", "cannot assign to function call", 1, 5, false},
		{"a, f() = 1", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, false},
		{"[a, f()] = 1", "", "cannot assign to function call", 1, 5, false},
		{"(f()) = 1", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 2, false},
		{"... = 1", "", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"True = 1", "", "cannot assign to True", 1, 1, false},
		{"a + b = 1", "", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"-a = 1", "", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"a < b = 1", "", "cannot assign to comparison", 1, 1, false},
		{"a and b = 1", "", "cannot assign to expression", 1, 1, false},
		{"not a = 1", "", "cannot assign to expression", 1, 1, false},
		{"lambda: 1 = 1", "", "cannot assign to lambda", 1, 1, false},
		{"a if b else c = 1", "", "cannot assign to conditional expression", 1, 1, false},
		{"{} = 1", "", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"{1} = 1", "", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"\"s\" = 1", "", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"f\"{x}\" = 1", "", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"(x for x in y) = 1", "", "cannot assign to generator expression", 1, 1, false},
		{"{x: 1 for x in y} = 1", "", "cannot assign to dict comprehension here. Maybe you meant '==' instead of '='?", 1, 1, false},
		{"for f() in x: pass", "", "cannot assign to function call", 1, 5, false},
		{"for 1 in x: pass", "", "cannot assign to literal", 1, 5, false},
		{"with a as f(): pass", "", "cannot assign to function call", 1, 11, false},
		{"with a as 1: pass", "", "cannot assign to literal", 1, 11, false},
		{"del a + b", "", "cannot delete expression", 1, 5, false},
		{"del (a, f())", "", "cannot delete function call", 1, 9, false},
		{"del *a", "", "cannot delete starred", 1, 5, false},
		{"*a = 1", "", "starred assignment target must be in a list or tuple", 1, 1, false},
		{"a, *b, *c = 1", "", "multiple starred expressions in assignment", 1, 1, false},
		{"[*a, *b] = 1", "", "multiple starred expressions in assignment", 1, 1, false},
		{"(*a) = 1", "", "cannot use starred expression here", 1, 2, false},
		{"x = *a", "", "can't use starred expression here", 1, 5, false},
		{"f(a.b=1)", "", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, false},
		{"f(1=1)", "", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, false},
		{"f(a=1, **b, c)", "", "positional argument follows keyword argument unpacking", 1, 14, false},
		{"if f() = 1: pass", "", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, false},
		{"while x = 1: pass", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, false},
		{"[x = 1]", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, false},
		{"f(x = 1 = 2)", "", "invalid syntax", 1, 9, false},
		{"f() += 1", "", "'function call' is an illegal expression for augmented assignment", 1, 1, false},
		{"1 += 1", "", "'literal' is an illegal expression for augmented assignment", 1, 1, false},
		{"x: int, y: int = 1, 2", "", "invalid syntax", 1, 7, false},
		{"a, b: int", "", "only single target (not tuple) can be annotated", 1, 1, false},
		{"f(): int", "", "illegal target for annotation", 1, 1, false},
		{"[a]: int", "", "only single target (not list) can be annotated", 1, 1, false},
		{"yield = 1", "", "assignment to yield expression not possible", 1, 1, false},
		{"(yield x) = 1", "", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, false},
		{"a = 1 = b", "", "cannot assign to literal", 1, 5, false},
		{"except: pass", "", "invalid syntax", 1, 1, false},
		{`try:
    pass
except A, B:
    pass`, "", "multiple exception types must be parenthesized", 3, 8, false},
		{`try:
    pass
else:
    pass`, "", "expected 'except' or 'finally' block", 3, 1, false},
		{`try:
    pass
except:
    pass
except A:
    pass`, "", "default 'except:' must be last", 3, 1, false},
		{"def f(/): pass", "", "invalid syntax", 1, 7, false},
		{"def f(a, /, /): pass", "", "/ may appear only once", 1, 13, false},
		{"def f(*, /): pass", "", "/ must be ahead of *", 1, 10, false},
		{"def f(*a, *b): pass", "", "* argument may appear only once", 1, 11, false},
		{"def f(**a, **b): pass", "", "arguments cannot follow var-keyword argument", 1, 12, false},
		{"def f(*, **k): pass", "", "named arguments must follow bare *", 1, 7, false},
		{"lambda *: 0", "", "named arguments must follow bare *", 1, 9, false},
		{"lambda x: int: 0", "", "illegal target for annotation", 1, 1, false},
		{"class A(x for x in y): pass", "", "invalid syntax", 1, 11, false},
		{`@x
x = 1`, "", "invalid syntax", 2, 1, false},
		{"import .a", "", "invalid syntax", 1, 8, false},
		{"from a import", "", "invalid syntax", 1, 14, false},
		{"from a import ()", "", "invalid syntax", 1, 16, false},
		{"raise from Y", "", "invalid syntax", 1, 7, false},
		{"x = 1 if y", "", "expected 'else' after 'if' expression", 1, 5, false},
		{"x = 1 if y else", "", "invalid syntax", 1, 16, false},
		{"f(x for x in y, )", "", "Generator expression must be parenthesized", 1, 3, false},
		{"f(1, x for x in y)", "", "Generator expression must be parenthesized", 1, 6, false},
		{"a[]", "", "invalid syntax", 1, 3, false},
		{"{**a for a in b}", "", "dict unpacking cannot be used in dict comprehension", 1, 2, false},
		{"{*a for a in b}", "", "iterable unpacking cannot be used in comprehension", 1, 2, false},
		{"[x for x in 1, 2]", "", "invalid syntax", 1, 14, false},
		{"[x for x in y if a else b]", "", "invalid syntax", 1, 20, false},
		{"x = y := 1", "", "invalid syntax", 1, 7, false},
		{"lambda: x := 1", "", "cannot use assignment expressions with lambda", 1, 1, false},
		{"def f(a=x := 1): pass", "", "invalid syntax", 1, 11, false},
		{"x.y := 1", "", "cannot use assignment expressions with attribute", 1, 1, false},
		{"(x.y := 1)", "", "cannot use assignment expressions with attribute", 1, 2, false},
		{"a not b", "", "invalid syntax", 1, 7, false},
		{"x = not", "", "invalid syntax", 1, 8, false},
		{"yield from", "", "invalid syntax", 1, 11, false},
		{"f(yield)", "", "invalid syntax", 1, 3, false},
		{`f(yield x)
`, "", "invalid syntax", 1, 3, false},
		{"def f: pass", "", "expected '('", 1, 6, false},
		{"def f()", "", "expected ':'", 1, 8, false},
		{"def f() pass", "", "expected ':'", 1, 9, false},
		{"def f(a b): pass", "", "invalid syntax", 1, 9, false},
		{"def (): pass", "", "invalid syntax", 1, 5, false},
		{"class A", "", "expected ':'", 1, 8, false},
		{"class A(: pass", "", "invalid syntax", 1, 9, false},
		{"if x y: pass", "", "invalid syntax", 1, 6, false},
		{`if x:
    pass
  else:
    pass`, "IndentationError", "unindent does not match any outer indentation level", 3, 8, false},
		{`if x:
        a
    b`, "IndentationError", "unindent does not match any outer indentation level", 3, 6, false},
		{`x = 1
    y = 2`, "IndentationError", "unexpected indent", 2, 4, false},
		{"    x = 1", "IndentationError", "unexpected indent", 1, 4, false},
		{"\tx = 1", "IndentationError", "unexpected indent", 1, 1, false},
		{"a[x=1]", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, false},
		{"{x = 1}", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, false},
		{"(x = 1)", "", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, false},
		{"print(x y)", "", "invalid syntax. Perhaps you forgot a comma?", 1, 7, false},
		{"[1 2]", "", "invalid syntax. Perhaps you forgot a comma?", 1, 2, false},
		{"(a b c)", "", "invalid syntax. Perhaps you forgot a comma?", 1, 2, false},
		{"{a: b c}", "", "invalid syntax. Perhaps you forgot a comma?", 1, 5, false},
		{"f(a, b c=1)", "", "invalid syntax. Perhaps you forgot a comma?", 1, 6, false},
		{`x = [1, 2
y = 3`, "", "'[' was never closed", 1, 5, true},
		{`for x in y
    pass`, "", "expected ':'", 1, 11, false},
		{"for x y: pass", "", "invalid syntax", 1, 7, false},
		{"while x", "", "expected ':'", 1, 8, false},
		{"with a as b", "", "expected ':'", 1, 12, false},
		{"try", "", "expected ':'", 1, 4, false},
		{`try:
    pass
except E as e`, "", "expected ':'", 3, 14, false},
		{`try:
    pass
finally`, "", "expected ':'", 3, 8, false},
		{"else:", "", "invalid syntax", 1, 1, false},
		{"elif x:", "", "invalid syntax", 1, 1, false},
		{`if x: pass
elif y`, "", "expected ':'", 2, 7, false},
		{"x = 1 +", "", "invalid syntax", 1, 8, false},
		{"x = 1 + * 2", "", "invalid syntax", 1, 9, false},
		{"foo(", "", "'(' was never closed", 1, 4, true},
		{"f(**)", "", "invalid syntax", 1, 5, false},
		{"x.", "", "invalid syntax", 1, 3, false},
		{"x.1", "", "invalid syntax", 1, 2, false},
		{"1.real", "", "invalid decimal literal", 1, 2, false},
		{"lambda x", "", "invalid syntax", 1, 9, false},
		{"lambda x:", "", "invalid syntax", 1, 10, false},
		{"import", "", "invalid syntax", 1, 7, false},
		{"from x import *, y", "", "invalid syntax", 1, 16, false},
		{"from x import (*)", "", "invalid syntax", 1, 16, false},
		{"global", "", "invalid syntax", 1, 7, false},
		{"del", "", "invalid syntax", 1, 4, false},
		{"assert", "", "invalid syntax", 1, 7, false},
		{"pass pass", "", "invalid syntax", 1, 6, false},
		{"x = 1; ; y = 2", "", "invalid syntax", 1, 8, false},
		{";", "", "invalid syntax", 1, 1, false},
		{`@
def f(): pass`, "", "invalid syntax", 1, 2, false},
		{"a = b = ", "", "invalid syntax", 1, 9, false},
		{"x +", "", "invalid syntax", 1, 4, false},
		{`if True:
    pass
x = 1 +`, "", "invalid syntax", 3, 8, false},
		{"[x for x in]", "", "invalid syntax", 1, 12, false},
		{"[for x in y]", "", "invalid syntax", 1, 2, false},
		{"x = 3 if", "", "invalid syntax", 1, 9, false},
		{"x if y else", "", "invalid syntax", 1, 12, false},
		{"with a as b, : pass", "", "invalid syntax", 1, 14, false},
		{"for *a in b: pass", "", "starred assignment target must be in a list or tuple", 1, 5, false},
		{"x = [*a for a in b]", "", "iterable unpacking cannot be used in comprehension", 1, 6, false},
		{"print(f\"{x!z}\")", "", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15, false},
		{"print(f\"{}\")", "", "f-string: empty expression not allowed", 1, 12, false},
		{"print(f\"{x\")", "", "f-string: expecting '}'", 1, 12, false},
		{"'a' b'c'", "", "cannot mix bytes and nonbytes literals", 1, 9, false},
		{"f'a' b'c'", "", "cannot mix bytes and nonbytes literals", 1, 10, false},
		{"def f(a, a): pass", "", "duplicate argument 'a' in function definition", 1, 10, false},
		{"lambda a, a: 0", "", "duplicate argument 'a' in function definition", 1, 11, false},
		{"def f(a, *, a): pass", "", "duplicate argument 'a' in function definition", 1, 13, false},
		{"foo(a b", "", "'(' was never closed", 1, 4, true},
		{`x = = 1
y = (`, "", "invalid syntax", 1, 5, false},
		{`x = = 1
y = "abc`, "", "unterminated string literal (detected at line 2)", 2, 5, false},
		{`if x:
    s = "abc`, "", "unterminated string literal (detected at line 2)", 2, 9, false},
		{"x = (*a)", "", "cannot use starred expression here", 1, 6, false},
		{"a[1:2 3]", "", "invalid syntax. Perhaps you forgot a comma?", 1, 5, false},
		{"f(a=1, a=2)", "", "keyword argument repeated: a", 1, 8, false},
		{"class A(a=1, a=2): pass", "", "keyword argument repeated: a", 1, 14, false},
		{"print x", "", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, false},
		{"exec \"x\"", "", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, false},
		{"(a, b): int", "", "only single target (not tuple) can be annotated", 1, 1, false},
		{"*a", "", "can't use starred expression here", 1, 1, false},
		{"for x in *a: pass", "", "can't use starred expression here", 1, 10, false},
		{"del x, *y", "", "cannot delete starred", 1, 8, false},
		{"(a < b) = 1", "", "cannot assign to comparison here. Maybe you meant '==' instead of '='?", 1, 2, false},
		{"f(x) = 1 = 2", "", "cannot assign to function call", 1, 1, false},
		{"x = y = f() = 1", "", "cannot assign to function call", 1, 9, false},
		{"(a, b) = f() = 1", "", "cannot assign to function call", 1, 10, false},
		{"with a as b if c else d: pass", "", "cannot assign to conditional expression", 1, 11, false},
		{"with a as b c: pass", "", "invalid syntax", 1, 13, false},
		{"assert x = 1", "", "invalid syntax", 1, 10, false},
		{"x = 1 +\\", "", "unexpected EOF while parsing", 1, 9, true},
		{`case x:
    pass`, "", "invalid syntax", 1, 6, false},
		{"[1, 2 3]", "", "invalid syntax. Perhaps you forgot a comma?", 1, 5, false},
		{"{1: 2, 3: 4 5: 6}", "", "invalid syntax. Perhaps you forgot a comma?", 1, 11, false},
		{"f(**a b)", "", "invalid syntax. Perhaps you forgot a comma?", 1, 5, false},
		{"def f(a=1 b): pass", "", "invalid syntax. Perhaps you forgot a comma?", 1, 9, false},
		{"if x", "", "expected ':'", 1, 5, false},
		{`if x:
    pass
else`, "", "expected ':'", 3, 5, false},
		{`x = [i for i in range(3)
y = 1`, "", "'[' was never closed", 1, 5, true},
		{`x = "abc" "def
`, "", "unterminated string literal (detected at line 1)", 1, 11, false},
		{`if x: pass
elif x y: pass`, "", "invalid syntax", 2, 8, false},
		{`if x: pass
else x: pass`, "", "expected ':'", 2, 6, false},
		{"while x y: pass", "", "invalid syntax", 1, 9, false},
		{"for x in y z: pass", "", "invalid syntax", 1, 12, false},
		{"with x y: pass", "", "invalid syntax", 1, 8, false},
		{"try x: pass", "", "expected ':'", 1, 5, false},
		{`try: pass
except x y: pass`, "", "invalid syntax", 2, 10, false},
		{`try: pass
except x as y z: pass`, "", "invalid syntax", 2, 15, false},
		{`try: pass
except y: pass
finally x: pass`, "", "expected ':'", 3, 9, false},
		{"class A x: pass", "", "invalid syntax", 1, 9, false},
		{"class A(B) x: pass", "", "invalid syntax", 1, 12, false},
		{"def f() x: pass", "", "expected ':'", 1, 9, false},
		{"def f() -> int x: pass", "", "expected ':'", 1, 16, false},
		{"{a: b, c}", "", "':' expected after dictionary key", 1, 8, false},
		{"{a: b, c: }", "", "expression expected after dictionary key and ':'", 1, 9, false},
		{"{a, b: c}", "", "invalid syntax", 1, 6, false},
		{"{**a, b}", "", "':' expected after dictionary key", 1, 7, false},
		{`try: pass
except:`, "IndentationError", "expected an indented block after 'except' statement on line 2", 2, 8, true},
		{"def f(**k=1): pass", "", "var-keyword argument cannot have default value", 1, 10, false},
		{"def f(*a=1): pass", "", "var-positional argument cannot have default value", 1, 9, false},
		{"lambda x y: 0", "", "invalid syntax", 1, 10, false},
		{"[lambda a=1 b: 0]", "", "invalid syntax. Perhaps you forgot a comma?", 1, 11, false},
		{"f(a, *)", "", "invalid syntax", 1, 7, false},
		{"x = [1,,2]", "", "invalid syntax", 1, 8, false},
		{"x = (1,,2)", "", "invalid syntax", 1, 8, false},
		{"x = ,", "", "invalid syntax", 1, 5, false},
		{`if x:
    pass
    else:
        pass`, "", "invalid syntax", 3, 5, false},
		{"x += 1 = 2", "", "invalid syntax", 1, 8, false},
		{"x = y: int", "", "invalid syntax", 1, 6, false},
		{"x: int: str", "", "invalid syntax", 1, 7, false},
		{"x: int = 1 = 2", "", "invalid syntax", 1, 12, false},
		{"x += 1 += 2", "", "invalid syntax", 1, 8, false},
		{"x: int += 1", "", "invalid syntax", 1, 8, false},
		{"x = 1 y = 2", "", "invalid syntax", 1, 7, false},
		{"x = 1;; y = 2", "", "invalid syntax", 1, 7, false},
		{"x = 1; if y: pass", "", "invalid syntax", 1, 8, false},
		{"x: yield = 1", "", "invalid syntax", 1, 4, false},
		{"x: *a", "", "invalid syntax", 1, 4, false},
		{"x: a, b", "", "invalid syntax", 1, 5, false},
	}
	for _, tt := range tests {
		checkError(t, tt.src, tt.kind, tt.msg, tt.line, tt.col, tt.incomplete)
	}
}

// checkError parses src and checks the SyntaxError it must give; kind ""
// means "SyntaxError".
func checkError(t *testing.T, src, kind, msg string, line, col int, incomplete bool) {
	t.Helper()
	_, err := ParseFile("x.py", []byte(src))
	require.Error(t, err, "source: %q", src)
	se, ok := err.(*ast.SyntaxError)
	require.True(t, ok, "error type %T", err)
	if kind == "" {
		kind = "SyntaxError"
	}
	require.Equal(t, kind, se.Kind, "source: %q", src)
	require.Equal(t, msg, se.Msg, "source: %q", src)
	require.Equal(t, [2]int{line, col}, [2]int{se.Line, se.Col}, "position; source: %q", src)
	require.Equal(t, incomplete, se.Incomplete, "incomplete; source: %q", src)
	require.Equal(t, "x.py", se.File)
	require.Equal(t, strings.Split(src, "\n")[se.Line-1], se.Text, "source: %q", src)
}

// TestParseConcurrently parses from several goroutines at once: the
// participle parser is built once and shared (run with -race).
func TestParseConcurrently(t *testing.T) {
	src := []byte(genProgram(300))
	want := parseDump(t, string(src))
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			mod, err := ParseFile("c.sp", src)
			if err == nil && dumpStmts(mod.Body) != want {
				err = errors.New("different tree")
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		require.NoError(t, <-errs)
	}
}
