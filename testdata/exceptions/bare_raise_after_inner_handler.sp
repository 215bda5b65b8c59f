# a bare raise after an inner try/except in the handler keeps the traceback (and, in except*, counts as a re-raise)
import traceback

def lines(e):
    return [f.lineno for f in traceback.extract_tb(e.__traceback__)]

def plain():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            1 / 0
        except ZeroDivisionError:
            pass
        raise

try:
    plain()
except ValueError as e:
    print("plain except:", lines(e))

def star():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            {}["k"]
        except KeyError:
            pass
        raise

try:
    star()
except ExceptionGroup as e:
    print("except*:", repr(e), lines(e))

def star_raise_e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v

try:
    star_raise_e()
except ExceptionGroup as e:
    print("raise v:", repr(e), [lines(x) for x in e.exceptions])
