# gi_frame (where the generator is suspended, None once finished) and gi_code.
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = gen(3)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_code.co_name, g.gi_running)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)
