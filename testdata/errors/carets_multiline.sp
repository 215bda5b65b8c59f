# An expression that continues on later lines is marked to the end of
# its first line; the entry shows the line where the expression starts.
def total(*parts):
    return sum(parts)

values = {"a": 1}
result = total(values["a"],
               values["b"],
               3)
