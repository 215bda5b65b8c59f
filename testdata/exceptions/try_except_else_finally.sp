# Execution order of try/except/else/finally in all paths.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('v')
        if action == 'other':
            raise KeyError('k')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError:
    print('KeyError escaped after finally')
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
