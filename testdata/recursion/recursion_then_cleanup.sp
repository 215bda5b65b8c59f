# finally blocks run while a RecursionError unwinds.
cleanups = 0
def dive(n):
    global cleanups
    try:
        return dive(n + 1)
    finally:
        cleanups += 1
try:
    dive(0)
except RecursionError:
    print('caught; cleanups ran:', cleanups > 500)
def try_again():
    try:
        return dive(0)
    except RecursionError:
        return 'caught again'
print(try_again())
