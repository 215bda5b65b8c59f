# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# `await <expr>` at module level, as a statement of its own.
def work():
    return 1
await work()
