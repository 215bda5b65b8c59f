# A handler that fails while handling a KeyError with a tuple key.
table = {(1, 2): 'a'}
def get(key):
    try:
        return table[key]
    except KeyError:
        return undefined_fallback[key]
print(get((1, 2)))
get((3, 4))
