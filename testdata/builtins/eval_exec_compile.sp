x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval("[i * i for i in range(4)]"))
exec("y = x + 5")
print(y)
exec("def f(a):\n    return a + x\n")
print(f(1))
print(exec("1 + 1"))

g = {"a": 3}
print(eval("a * 2", g))
exec("b = a + 1\nimport math\nc = math.floor(2.5)", g)
print(g["b"], g["c"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
print(eval("len([1, 2])", {}))

loc = {"z": 7}
print(eval("z + a", g, loc))
exec("w = z * 2\nz = 0", g, loc)
print(sorted(loc.items()), "w" in g)


def func():
    local_v = 5
    print(eval("local_v + x"))
    exec("local_v = 99")
    print(local_v)
    d = {}
    exec("q = x", None, d)
    print(d)
    try:
        exec("q = local_v", None, d)
    except NameError as e:
        print("NameError", e)


func()

code = compile("x + 100", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
code = compile("r = x * 3\nprint('in exec', r)", "<prog>", "exec")
exec(code)
print(r, eval(code))
code = compile("x * 7", "<single>", "single")
exec(code)
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
print(eval(compile("1 + 2", "<e>", "eval"), {}))
print(eval(b"x - 1"))

for src in ["1 +", "x = 1", "a b"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("1 +", "myfile.py", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError", e)
try:
    compile("a = 1\nb = 2\n", "f", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval(42)
except TypeError as e:
    print("TypeError", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError", e)
try:
    exec("x", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("x", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)
try:
    eval()
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, {}, 4)
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", globals={})
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError", e)
exec("raise ValueError('from exec')\n")
