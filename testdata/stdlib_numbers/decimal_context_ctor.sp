# decimal.Context(...) builds a context; setcontext installs its settings.
from decimal import Context, Decimal, getcontext, setcontext, ROUND_DOWN, ROUND_HALF_EVEN

c = Context(prec=5, rounding=ROUND_DOWN)
print(c.prec, c.rounding)
d = Context()
print(d.prec, d.rounding)
print(Context(rounding=ROUND_HALF_EVEN).rounding)
try:
    Context(prec=0)
except ValueError as e:
    print("ValueError", e)
try:
    Context(rounding="sideways")
except TypeError as e:
    print("TypeError")
setcontext(c)
print(Decimal(1) / Decimal(3), getcontext().prec, getcontext().rounding)
setcontext(Context())
print(Decimal(2) / Decimal(3))
try:
    setcontext(5)
except TypeError as e:
    print("TypeError", e)
