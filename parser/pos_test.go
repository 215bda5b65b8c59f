package parser

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPositions checks node spans against CPython's (the expectations are
// testdata/pydump.py -pos output of python3 3.11): statements span from
// their first token to the end of their last body statement, expressions
// from their first token (a parenthesis included) to their last.
func TestPositions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1; y = 2;  pass\n",
			"(Assign@1:1-1:6 (Name@1:1-1:2 x) (Int@1:5-1:6 1)) (Assign@1:8-1:13 (Name@1:8-1:9 y) (Int@1:12-1:13 2)) (Pass@1:16-1:20)"},
		{"x = f(\n    a,\n    b)\n",
			"(Assign@1:1-3:7 (Name@1:1-1:2 x) (Call@1:5-3:7 (Name@1:5-1:6 f) (Name@2:5-2:6 a) (Name@3:5-3:6 b)))"},
		{"@dec\ndef f(a, b: int = 1) -> str:\n    return (a\n            + b)\n",
			"(Def@2:1-4:17 f (args a@2:7-2:8 b@2:10-2:16:(Name@2:13-2:16 int)=(Int@2:19-2:20 1)) (-> (Name@2:25-2:28 str)) (@ (Name@1:2-1:5 dec)) (body (Return@3:5-4:17 (BinOp@3:13-4:16 + (Name@3:13-3:14 a) (Name@4:15-4:16 b)))))"},
		{"if a:\n    pass\nelif b:\n    x = [i for i in y\n         if i]\nelse:\n    z = {1: 2}\n",
			"(If@1:1-7:15 (Name@1:4-1:5 a) (body (Pass@2:5-2:9)) (else (If@3:1-7:15 (Name@3:6-3:7 b) (body (Assign@4:5-5:15 (Name@4:5-4:6 x) (ListComp@4:9-5:15 (Name@4:10-4:11 i) (for (Name@4:16-4:17 i) (Name@4:21-4:22 y) (if (Name@5:13-5:14 i)))))) (else (Assign@7:5-7:15 (Name@7:5-7:6 z) (Dict@7:9-7:15 ((Int@7:10-7:11 1) (Int@7:13-7:14 2))))))))"},
		{"try:\n    f()\nexcept E as e:\n    g(*e.args, **kw)\nfinally:\n    h()\n",
			"(Try@1:1-6:8 (body (Expr@2:5-2:8 (Call@2:5-2:8 (Name@2:5-2:6 f)))) (except@3:1-4:21 (Name@3:8-3:9 E) as e (body (Expr@4:5-4:21 (Call@4:5-4:21 (Name@4:5-4:6 g) (Starred@4:7-4:14 (Attr@4:8-4:14 (Name@4:8-4:9 e) args)) (kw@4:16-4:20 ** (Name@4:18-4:20 kw)))))) (finally (Expr@6:5-6:8 (Call@6:5-6:8 (Name@6:5-6:6 h)))))"},
		{"s = f\"a{b!r}\" \"c\"\nt = \"\"\"x\ny\"\"\" + z\n",
			"(Assign@1:1-1:18 (Name@1:1-1:2 s) (JoinedStr@1:5-1:18 (Str 61) (FV (Name@1:9-1:10 b) !r) (Str 63))) (Assign@2:1-3:9 (Name@2:1-2:2 t) (BinOp@2:5-3:9 + (Str@2:5-3:5 780a79) (Name@3:8-3:9 z)))"},
		{"with a as b, c: x[1:2, ::3] = -y ** 2\n",
			"(With@1:1-1:38 (item (Name@1:6-1:7 a) (Name@1:11-1:12 b)) (item (Name@1:14-1:15 c)) (body (Assign@1:17-1:38 (Sub@1:17-1:28 (Name@1:17-1:18 x) (Tuple@1:19-1:27 (Slice@1:19-1:22 (Int@1:19-1:20 1) (Int@1:21-1:22 2) _) (Slice@1:24-1:27 _ _ (Int@1:26-1:27 3)))) (UnaryOp@1:31-1:38 - (BinOp@1:32-1:38 ** (Name@1:32-1:33 y) (Int@1:37-1:38 2))))))"},
		{"class C(B, metaclass=M):\n    x: int = lambda q: (yield)\n",
			"(Class@1:1-2:31 C (bases (Name@1:9-1:10 B)) (kw@1:12-1:23 metaclass (Name@1:22-1:23 M)) (body (AnnAssign@2:5-2:31 (Name@2:5-2:6 x) (Name@2:8-2:11 int) (Lambda@2:14-2:31 (args q@2:21-2:22) (Yield@2:25-2:30)))))"},
	}
	for _, tt := range tests {
		mod, err := ParseFile("t.sp", []byte(tt.src))
		require.NoError(t, err)
		require.Equal(t, tt.want, dumper{exact: true, pos: true}.stmts(mod.Body), "source: %q", tt.src)
	}
}
