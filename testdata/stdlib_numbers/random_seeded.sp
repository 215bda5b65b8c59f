# random: seeded Mersenne Twister output equals CPython's for every function
import random

random.seed(1)
print(random.random(), random.random())
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4))
print(random.sample(range(10000), 8))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2), random.gauss())
print(random.normalvariate(0, 1), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.lognormvariate(0, 0.5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3))
random.seed("hello")
print(random.random(), random.randint(0, 10**30))
random.seed(b"bytes")
print(random.random())
random.seed(2**100 + 12345)
print(random.random())
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r1.choice("xyz"))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed(0)
print(random.randbytes(5), random.sample([1, 2, 3, 4, 5, 6], k=3, counts=[1, 1, 1, 1, 1, 5]))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
          lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
          lambda: random.choices([1, 2], [1]), lambda: random.getrandbits(-1), lambda: random.randrange(1.5),
          lambda: random.choices([1, 2], [0, 0])]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
