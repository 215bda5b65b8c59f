# JSONDecodeError lives in json.decoder, as CPython shows it in reprs and
# in the last line of an uncaught traceback.
import json
print(json.JSONDecodeError, json.JSONDecodeError.__module__, json.JSONDecodeError.__qualname__)
try:
    json.loads("[1,]")
except ValueError as e:
    print(repr(e), type(e), e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
