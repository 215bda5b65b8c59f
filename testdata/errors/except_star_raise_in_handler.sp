# exceptions raised in except* clauses are grouped with the unhandled rest
def work():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])
    except* ValueError:
        raise KeyError("from the ValueError clause")
    except* TypeError as e:
        raise RuntimeError("from the TypeError clause") from e
    except* OSError:
        raise

work()
