# except* ExceptionGroup is a TypeError raised while handling the group
try:
    raise ExceptionGroup("a", [ValueError(1)])
except* ExceptionGroup:
    pass
