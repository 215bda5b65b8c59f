package interp

import (
	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/runtime"
)

// The resolver and the compiler walk the syntax tree recursively, on the
// Go stack. The parser already bounds bracket nesting (200, "too many
// nested parentheses") and the indentation bounds block nesting (100),
// but left-associative chains parse iteratively and can nest without
// bound: "1+1+...+1" with a million terms, a.b.c..., f()()(), x[0][0]....
// CPython 3.11 rejects a tree more than about 3,000 statements and
// expressions deep with "RecursionError: maximum recursion depth
// exceeded during compilation"; checkNesting applies the same limit
// before the recursive passes run, walking at most maxCompileDepth
// levels itself.

// maxCompileDepth is the deepest statement/expression nesting compiled
// (CPython: 3 x the default recursion limit of 1,000).
const maxCompileDepth = 3000

// checkNesting returns a RecursionError when mod nests deeper than
// maxCompileDepth.
func checkNesting(mod *ast.Module) error {
	for _, s := range mod.Body {
		if tooDeep(s, 0) {
			return runtime.NewError(runtime.RecursionErrorType, "maximum recursion depth exceeded during compilation")
		}
	}
	return nil
}

// tooDeep reports whether n, at depth d, nests past maxCompileDepth.
// Statements and expressions count one level each.
func tooDeep(n ast.Node, d int) bool {
	switch n.(type) {
	case ast.Stmt, ast.Expr:
		d++
		if d > maxCompileDepth {
			return true
		}
	}
	for _, c := range ast.Children(n) {
		if tooDeep(c, d) {
			return true
		}
	}
	return false
}
