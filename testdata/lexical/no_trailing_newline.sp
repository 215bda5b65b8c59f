# The last line has no trailing newline, and ends inside an indented block.
def f():
    return "no newline at EOF"
if True:
    print(f())