# sys.exit(n) in an async: child raises SystemExit in that thread; it fails the
# group like any exception (LANGUAGE.md 2.2), the siblings are cancelled (their
# finally blocks run), it reaches the main thread and the process exits n with
# no traceback. (CPython has no async: blocks.)
import sys, time

ended = []

def quitter():
    time.sleep(0.05)
    sys.exit(3)

def sleeper(name):
    try:
        time.sleep(100)
    finally:
        ended.append(name)

def main():
    try:
        await:
            async: sleeper("a")
            async: sleeper("b")
            async: quitter()
    finally:
        print("main finally, siblings ended:", sorted(ended))

try:
    main()
finally:
    print("module finally")
print("not reached")
