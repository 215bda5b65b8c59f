# try / except*: matching splits the group, each clause runs once, rest re-raised, else/finally
import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return "%s(%r: %s)" % (type(e).__name__, e.message, ", ".join(leaves(x) for x in e.exceptions))
    return repr(e)

def run(label, make):
    print(label)
    try:
        try:
            raise make()
        except* ValueError as e:
            print("  ValueError clause:", leaves(e), sys.exc_info()[1] is e)
        except* (TypeError, KeyError) as e:
            print("  TypeError/KeyError clause:", leaves(e))
        except* OSError:
            print("  OSError clause, no name")
        else:
            print("  else (never: something was raised)")
        finally:
            print("  finally")
    except BaseException as out:
        print("  escaped:", leaves(out))

run("group, every clause matches:", lambda: ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
run("group, partial match:", lambda: ExceptionGroup("part", [ValueError(1), RuntimeError(2), ExceptionGroup("sub", [KeyError(3), ZeroDivisionError(4)])]))
run("group, no match:", lambda: ExceptionGroup("none", [RuntimeError("x")]))
run("naked exception is wrapped:", lambda: ValueError("naked"))
run("naked exception, no match:", lambda: RuntimeError("plain"))
run("base exception group:", lambda: BaseExceptionGroup("base", [KeyboardInterrupt(), TypeError(1)]))

print("no exception runs else:")
try:
    print("  body")
except* ValueError:
    print("  not here")
else:
    print("  else")
finally:
    print("  finally")

print("the name is unbound after the clause:")
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(" ", e)

print("a clause runs at most once, with everything it matches:")
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as e:
    count += 1
    print("  clause saw", len(e.exceptions), "exceptions")
print("  ran", count, "time(s)")

print("the first matching clause wins:")
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* Exception:
    print("  Exception clause")
except* ValueError:
    print("  ValueError clause (not reached)")

print("bad clause types:")
for bad in (int, (ValueError, 3), ExceptionGroup, (TypeError, BaseExceptionGroup)):
    try:
        try:
            raise ValueError("v")
        except* bad:
            pass
    except TypeError as e:
        print("  TypeError:", e, "| context:", repr(e.__context__))

print("the type is checked even when nothing is left to match:")
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("  handled")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("  TypeError:", e)
