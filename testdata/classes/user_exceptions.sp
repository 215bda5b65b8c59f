# User exception classes: hierarchy, custom __init__, args, str.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
class Retry(AppError):
    def __str__(self):
        return 'retry please'
for exc in [NotFound('file'), Retry('x'), AppError('a', 'b')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound:', e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__ + ':', e, repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[2].__name__)
