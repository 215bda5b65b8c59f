# The .err keeps the SyntaxError's caret line, which regen_from_python.sh
# drops inside a runtime traceback: regenerate it by hand.
exec("x = 1\nif x:\nprint(x)\n")
