# Marks inside an exception group's boxes, and on the frames of the
# handler that failed (except*).
def check(item):
    return 10 // item


def validate(items):
    errors = []
    for item in items:
        try:
            check(item)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid items", errors)


try:
    validate([1, 0, "x"])
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
    table = {}
    table["zero"] += 1
