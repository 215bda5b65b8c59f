# Backslash continuation and implicit continuation inside brackets.
total = 1 + \
        2 + \
    3
print(total)
values = [
    1,
    2,   # comment inside brackets
        3,
]
print(values)
d = {
  'a': 1,
      'b': 2
}
print(d)
result = (10
          - 4
  * 2)
print(result)
def f(a,
      b,
          c):
    return a + b + c
print(f(1,
  2, 3))
if total > 1 and \
   total < 100:
    print('in range')
s = ('a'
     'b')
print(s)
x = [i
     for i in range(3)
        if i]
print(x)
