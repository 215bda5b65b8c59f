# Argument passing is by object reference; rebinding a parameter does not affect the caller.
def mutate(lst):
    lst.append('mutated')
def rebind(lst):
    lst = ['rebound']
    return lst
data = [1]
mutate(data)
print(data)
print(rebind(data), data)
def modify_int(n):
    n += 1
    return n
x = 5
print(modify_int(x), x)
def evaluation_order(*args):
    return args
def tag(v):
    print('evaluating', v)
    return v
print(evaluation_order(tag(1), tag(2), k=tag(3)) if False else evaluation_order(tag(1), tag(2), tag(3)))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
