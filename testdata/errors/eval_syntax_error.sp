# The .err keeps the SyntaxError's caret line, which regen_from_python.sh
# drops inside a runtime traceback: regenerate it by hand.
def f(src):
    return eval(src)


print(f("2 * 3"))
f("(1 +\n 2")
