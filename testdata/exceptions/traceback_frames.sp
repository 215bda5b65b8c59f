# Frame objects from tracebacks and the stack: tb_frame, f_back, f_locals, inspect, traceback.walk_*
import sys, traceback, inspect

def fail(n):
    total = n * 10
    if n == 0:
        raise KeyError('deep')
    return fail(n - 1)

def describe(tb):
    for frame, lineno in traceback.walk_tb(tb):
        loc = {k: v for k, v in frame.f_locals.items() if not k.startswith('__')} if frame.f_code.co_name != '<module>' else 'module'
        print(' ', frame.f_code.co_name, lineno, loc)

try:
    fail(2)
except KeyError as e:
    describe(e.__traceback__)
    inner = list(traceback.walk_tb(e.__traceback__))[-1][0]
    chain = []
    f = inner
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    print(chain)

def squares(xs):
    return [1 // x for x in xs]
try:
    squares([1, 0])
except ZeroDivisionError as e:
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])

def gen():
    state = 'running'
    yield 1
    raise ValueError('from gen')
try:
    for _ in gen():
        pass
except ValueError as e:
    last = list(traceback.walk_tb(e.__traceback__))[-1]
    print(last[0].f_code.co_name, last[1], last[0].f_locals)

def reraiser():
    try:
        fail(0)
    except KeyError:
        marker = 'handled'
        raise
try:
    reraiser()
except KeyError as e:
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(e.__traceback__)])
    print(e.__traceback__.tb_next.tb_frame.f_locals)

def where():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return info.function, info.lineno, info.code_context, info.index

def caller_of_where():
    return where()
print(caller_of_where())
def stack_names():
    return [fi.function for fi in inspect.stack()]
def level1():
    return stack_names()
print(level1())
fi = inspect.stack()[0]
print(fi.function, fi.lineno, fi[3], fi.filename == __file__, inspect.isframe(fi.frame), inspect.isframe(fi))

def trace_names():
    try:
        fail(1)
    except KeyError:
        return [(r.function, r.lineno) for r in inspect.trace()]
print(trace_names())

def summary():
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2)
for fs in summary():
    print(fs.name, fs.lineno, fs.line)
def stk():
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack(sys._getframe().f_back)]
def stk_outer():
    return stk()
print(stk_outer())
print(''.join(traceback.format_stack(sys._getframe(), limit=1)).replace(__file__, 'FILE'))

try:
    raise RuntimeError('top')
except RuntimeError as e:
    f = e.__traceback__.tb_frame
    print(f.f_code.co_name, f.f_back, f.f_globals['__name__'], f.f_locals is globals())
    print(e.__traceback__.tb_frame is not None, type(f).__name__)
    print(inspect.istraceback(e.__traceback__), inspect.getframeinfo(e.__traceback__).lineno)
