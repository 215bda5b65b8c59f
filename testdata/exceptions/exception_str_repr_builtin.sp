# str() and repr() of exceptions raised by the runtime.
def catch(f):
    try:
        f()
    except BaseException as e:
        return e
for e in [catch(lambda: 1 / 0), catch(lambda: [][1]), catch(lambda: {}['k']), catch(lambda: int('z')),
          catch(lambda: undefined), catch(lambda: None.x), catch(lambda: next(iter([]))), catch(lambda: [].pop())]:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
