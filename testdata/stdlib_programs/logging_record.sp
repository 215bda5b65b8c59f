# logging.LogRecord built directly, formatted and handled (CPython 3.11).
import logging
import sys

r = logging.LogRecord("app.db", logging.WARNING, "/src/app/db.py", 42, "lost %d of %s", (3, "rows"), None)
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno)
print(r.getMessage(), r.args, r.exc_info, r.funcName, r.stack_info)
print(repr(r))
r2 = logging.LogRecord("x", 10, "p.py", 1, "v=%(v)s", ({"v": 7},), None, func="f", sinfo="stack")
print(r2.getMessage(), r2.levelname, r2.funcName, r2.stack_info)
f = logging.Formatter("%(levelname)s:%(name)s:%(filename)s:%(lineno)d:%(message)s")
print(f.format(r))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(f)
h.handle(r)
try:
    logging.LogRecord("x", 10, "p.py", 1, "m")
except TypeError as e:
    print("TypeError:", e)
