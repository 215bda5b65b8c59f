# NameError traceback with a multi-line statement.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl
result = compute(
    [1, 2, 3],
)
