# except clauses: tuples, order matters, subclasses are caught by base handlers.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup-generic'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'exception ' + type(e).__name__
    except BaseException as e:
        return 'base ' + type(e).__name__
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit(), StopIteration(), GeneratorExit()]:
    print(classify(exc))
try:
    raise ModuleNotFoundError('m')
except ImportError as e:
    print('ImportError caught', type(e).__name__)
try:
    raise FileNotFoundError('f')
except OSError as e:
    print('OSError caught', type(e).__name__)
try:
    raise RecursionError('r')
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__)
try:
    raise UnboundLocalError('u')
except NameError as e:
    print('NameError caught', type(e).__name__)
try:
    raise NotImplementedError
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__)
handlers = (TypeError, ValueError)
try:
    int('x')
except handlers as e:
    print('dynamic tuple caught', type(e).__name__)
try:
    raise TimeoutError('t')
except OSError as e:
    print('TimeoutError is an OSError', type(e).__name__)
