# A NameError escaping an except clause: its "as" name is unbound by the
# time the traceback prints, so it is not proposed ("Did you mean").
print("start")
try:
    raise OSError("disk")
except OSError as e2:
    print(e)
