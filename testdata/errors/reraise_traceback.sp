# A bare re-raise keeps the original traceback entries.
def risky():
    return [][0]
def wrapper():
    try:
        risky()
    except IndexError:
        print('logging, then re-raising')
        raise
wrapper()
