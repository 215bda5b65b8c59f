# Future.set_running_or_notify_cancel on a running or finished future logs a CRITICAL record
# on the "concurrent.futures" logger, then raises RuntimeError (as CPython's _base.py)
import concurrent.futures as cf
import logging

records = []
class Keep(logging.Handler):
    def emit(self, record):
        msg = record.getMessage().split()
        msg[1] = "<id>" if msg[1].isdigit() else msg[1]
        records.append((record.name, record.levelname, " ".join(msg)))

logging.getLogger("concurrent.futures").addHandler(Keep())
f = cf.Future()
print(f.set_running_or_notify_cancel())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result(1)
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
c = cf.Future()
c.cancel()
print(c.set_running_or_notify_cancel(), c.cancelled())
for r in records:
    print(r)
