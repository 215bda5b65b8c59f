# more than 15 sub-exceptions and more than 10 levels are elided in the traceback
eg = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
for i in range(11):
    eg = ExceptionGroup("level %d" % i, [eg, KeyError(i)])
raise eg
