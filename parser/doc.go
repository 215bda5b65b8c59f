// Package parser turns Spindle source text into the syntax tree of package
// ast.
//
// # Design
//
// Parsing happens in three layers:
//
//  1. The statement grammar is a participle grammar: the structs of
//     grammar.go, whose tags spell out every statement form (simple
//     statements separated by ';', if/elif/else, while, for, try, with,
//     def, class, decorators, the Spindle blocks 'await:' and 'async:',
//     and suites that are either an indented block or simple statements on
//     the header's line). participle builds a private concrete tree of
//     those structs.
//
//  2. Everything below statement level is hand-written recursive descent
//     plugged into the grammar with participle.ParseTypeWith: each kind of
//     expression slot of the grammar (an 'if' test, an assignment's right
//     side, a 'for' target list, a parameter list, ...) has its own small
//     interface type and hook (hooks.go). A hook runs the
//     precedence-climbing expression parser (expr.go, primary.go,
//     params.go, strings.go, fstring.go) on participle's token stream and
//     builds ast nodes directly, with exact positions. A few structural
//     tokens whose absence deserves a CPython-style message (the ':' of a
//     header, the INDENT of a block) are hooks too.
//
//  3. convert.go turns the concrete statement tree into ast statements and
//     checks what the grammar cannot express (assignment targets,
//     'except:' ordering, ...), with CPython 3.11's messages (targets.go).
//
// The token stream comes from package lexer (lexer.Tokenize), so the
// grammar and the hooks see Name, Keyword, Int, Float, String, Op,
// Newline, Indent and Dedent tokens.
//
// # Errors
//
// Every error is an *ast.SyntaxError worded like CPython 3.11's. The
// grammar is LL(1) at the points where participle chooses between
// alternatives (each compound statement starts with its own keyword; a hook
// that cannot start returns participle.NextMatch without consuming), so once
// a hook has started, any failure is a real syntax error. Hooks therefore
// report errors by panicking with a *parseError (the bailout idiom of
// go/parser); participle does not recover panics, so the first error found
// travels straight to ParseFile with its exact message and position,
// untouched by participle's backtracking. Errors that participle itself
// finds (an unexpected token between two grammar elements) become
// "invalid syntax" at that token, "unexpected indent" for an INDENT.
//
// The module is parsed one top-level statement at a time (one participle
// call each), and each statement is converted before the next is parsed,
// so the first error in source order wins, as in CPython.
//
// # Performance
//
// The participle parser is built once (sync.Once). Most time goes to
// participle's reflection-driven matching of statement structs; the
// expression hooks are plain Go over the token slice. See
// BenchmarkParse10kLines.
package parser
