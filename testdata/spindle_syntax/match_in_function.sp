# SPINDLE-SPECIFIC (hand-written .err, PROVISIONAL — see testdata/README.md).
# A `match` statement nested in a function: the source line is shown without
# its indentation (as CPython shows SyntaxError lines) and the caret sits
# under the 'm' of `match`.
def handle(point):
    if point:
        match point:
            case (0, 0):
                return 'origin'
    return 'other'
