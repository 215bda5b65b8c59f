// Package parser turns Spindle source text into the syntax tree of package
// ast.
//
//	mod, err := parser.ParseFile("x.sp", src) // err is an *ast.SyntaxError
//	e, err := parser.ParseExpr("<string>", src)
//
// # Design
//
// Parsing happens in three layers:
//
//  1. The statement grammar is a participle grammar: the structs of
//     grammar.go, whose tags spell out every statement form (simple
//     statements separated by ';', assignments, imports, if/elif/else,
//     while, for, try, with, def, class, decorators, the Spindle blocks
//     'await:' and 'async:', and suites that are either an indented block
//     or simple statements on the header's line). participle builds a
//     private concrete tree of those structs.
//
//  2. Everything below statement level is hand-written recursive descent
//     plugged into the grammar with participle.ParseTypeWith: each kind of
//     expression slot of the grammar (an 'if' test, an assignment's right
//     side, a 'for' target list, a parameter list, ...) has its own small
//     interface type and hook (hooks.go). A hook runs the expression parser
//     (expr.go: precedence climbing from 'lambda' down to '**'; primary.go:
//     atoms, displays, comprehensions, calls, subscripts; params.go,
//     strings.go, fstring.go, with.go) on participle's token stream and
//     builds ast nodes directly, with exact positions. The tokens whose
//     absence deserves a CPython message of its own (the ':' of a header,
//     the INDENT of a block, the ';' between statements) are checked by
//     small participle.Parseable types (checks.go).
//
//  3. convert.go turns the concrete statement tree into ast statements and
//     checks what the grammar does not express (assignment targets, the
//     operators of an assignment, 'except:' ordering), with CPython 3.11's
//     messages (targets.go).
//
// The tokens come from package lexer (lexer.Tokenize): Name, Keyword, Int,
// Float, String, Op, Newline, Indent and Dedent.
//
// # Errors
//
// Every error is an *ast.SyntaxError worded like CPython 3.11's, at the
// line and column CPython reports (checked against python3 by the tests;
// cpython_test.go can diff whole trees and spans against CPython's ast).
//
// The grammar is LL(1) and runs with participle.UseLookahead(0): each
// alternative starts with its own token, and a hook that cannot start
// returns participle.NextMatch without consuming anything. So once a hook
// has consumed a token, any failure is a real syntax error, and hooks
// report it by panicking with a *parseError (the bailout idiom of
// go/parser). participle does not recover panics, so the error travels
// straight to ParseFile with its exact message and position, untouched by
// participle's backtracking and "deepest error" bookkeeping. Errors that
// participle itself finds (an unexpected token between two grammar
// elements) become "invalid syntax" at that token, or "unexpected indent"
// for an INDENT.
//
// A module is parsed one top-level statement at a time (one participle
// call each), and each statement is converted before the next is parsed,
// so the first error in the source is the one reported. When the lexer
// fails, the tokens before its error are parsed first: as with CPython's
// lazy tokenizer, an earlier syntax error wins (parser.go, lexerError).
//
// Incomplete is set when more input could complete the source (an open
// bracket or string, a block header or decorator at the end, a 'try'
// without its handlers yet): the REPL asks for another line then.
//
// # Performance
//
// The participle parser is built once (sync.Once). BenchmarkParse10kLines
// parses a generated 10,000-line program (350 KB): about 100 ms on the
// 2-core development machine when lightly loaded, 830k allocations and
// 70 MB allocated per parse. A profile splits it as: participle 55% (its
// cost is per grammar node tried: it allocates for each alternative,
// capture and repetition it attempts; the reflect.Value.Call of the
// ParseTypeWith hooks alone is 12%), the lexer 11%, the hand-written
// expression parser under 10%, the rest the garbage collector. The
// grammar's shape is tuned for participle's costs (see grammar.go: from
// 1.1M to 830k allocations), the structural checks avoid
// reflect.Value.Call (checks.go), and the lexer's token slice is handed to
// participle without a copy (peek.go). Turning the expression hooks into
// participle.Parseable types too would save most of the remaining
// reflection cost.
package parser
