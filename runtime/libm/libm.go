// Package libm gives the C library's elementary functions, the ones
// CPython's math module and float ** call, so that results match CPython
// bit for bit on the same machine.
//
// Go's math package is accurate to about an ulp but is not glibc: over
// 200,000 random arguments its Exp, Log, Sin, Cos, Tan, Atan and Log10
// differ from glibc's in the last digit for 3% to 35% of them, which
// shows whenever a program prints a float (print(math.sin(1.2)),
// random.gauss with a seed). With cgo (the normal build) every function
// here is a direct call into libm (about 40 ns of cgo overhead on top of
// the function itself); without cgo (libm_nocgo.go) it falls back to
// Go's math package and results may differ from CPython's in the last
// ulp.
package libm
