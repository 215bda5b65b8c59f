# statistics over Decimal data: results stay Decimal, rounded to the context
from decimal import Decimal as D, localcontext
import statistics as st
prices = [D("19.99"), D("5.01"), D("0.10"), D("7.25")]
print(repr(st.mean(prices)), repr(st.median(prices)), repr(st.variance(prices)), repr(st.pvariance(prices)))
print(repr(st.stdev(prices)), repr(st.pstdev(prices)), repr(st.mean([D(1), D(2), 3])), repr(st.stdev([D(5), D(5)])))
print(repr(st.mean([D("1"), D("2"), D("2")])), repr(st.variance([D("1.5"), D("2.5"), D("4")], xbar=None)))
with localcontext() as ctx:
    ctx.prec = 6
    print(repr(st.mean([D(1), D(2), D(2)])), repr(st.stdev([D(1), D(2), D(4)])))
print(repr(st.median_low(prices)), repr(st.mode(prices + [D("0.10")])))
