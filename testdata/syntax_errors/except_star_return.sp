# return cannot leave an except* block
def f():
    try:
        pass
    except* ValueError:
        def g():
            return 1
        return g() + 1
