# SPINDLE-SPECIFIC (hand-written .out) — INTERPRETATION, see testdata/README.md.
# LANGUAGE.md §1 says closures made IN the loop body capture the iteration's
# variable. A closure made BEFORE the loop (here `peek`) is not made in the
# body; we expect it to keep Python's behaviour and see the function's
# current value of the loop variable, during and after the loop, while the
# lambdas made in the body still see their own iteration's value.
# CPython would print ([0, 1, 2], [2, 2, 2], 2).
def f():
    def peek():
        return i
    seen = []
    fs = []
    for i in range(3):
        seen.append(peek())
        fs.append(lambda: i)
    return seen, [g() for g in fs], peek()
print(f())
