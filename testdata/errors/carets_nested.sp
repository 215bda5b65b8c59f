# Fine-grained error locations (3.11): each frame marks the expression
# that raised: the calls, then the subscript and the division.
def ratio(a, b):
    return a / b

def lookup(d, key):
    return d[key] * 2

def run(data):
    total = lookup(data, "n") + ratio(data["n"], data["zero"])
    return total

print(run({"n": 3, "zero": 1}))
run({"n": 3, "zero": 0})
