# first_answer.sp — "first answer wins": race several strategies, keep the
# first result and cancel the rest.
#
# Shows: g.cancel() from inside the group (the group then ends without
# raising), cancellation reaching CPU-bound loops (every loop iteration is
# a checkpoint), `except Cancelled` + `finally` in the losers, and
# `with shield():` for cleanup that must not be cut short (the winner
# cancels its own group, so it is cancelled too, and acquiring a Mutex is a
# checkpoint: without the shield its report would be lost).
#
# Run:   go run ./cmd/spindle examples/first_answer.sp [N]
#
# The race: find a factor of N (default: the product of two 13-digit
# primes that are close together) with trial division, Pollard's rho and
# Fermat's method, each on its own virtual thread. Which one wins depends
# on N (and, for close calls, on timing): try 10403 (101 * 103),
# 600851475143, or 1000003 (a prime, which trial division settles first).
import math, sys, threads

DEFAULT_N = 1000000000039 * 1000000005041


def trial_division(n, steps):
    if n % 2 == 0:
        return 2
    d = 3
    while d * d <= n:
        steps[0] += 1
        if n % d == 0:
            return d
        d += 2
    return n  # n is prime


def pollard_rho(n, steps):
    if n % 2 == 0:
        return 2
    for c in range(1, 20):
        x = y = 2
        d = 1
        while d == 1:
            steps[0] += 1
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
    return None  # gave up (n is likely prime)


def fermat(n, steps):
    if n % 2 == 0:
        return 2
    a = math.isqrt(n)
    if a * a < n:
        a += 1
    while a <= (n + 1) // 2:
        steps[0] += 1
        b2 = a * a - n
        b = math.isqrt(b2)
        if b * b == b2:
            return a - b if a - b > 1 else n
        a += 1
    return n


STRATEGIES = [("trial division", trial_division), ("pollard rho", pollard_rho), ("fermat", fermat)]


def race(n):
    winner = Mutex(None)  # (strategy name, factor) of the first answer
    reports = Mutex([])
    ready = Mutex(0)
    start = threads.Event()

    def run(g, name, strategy):
        steps = [0]
        outcome = "finished without an answer"
        # A fair start: nobody computes until every runner is on its
        # thread (a thread cancelled before it starts never runs at all).
        if ready.update(lambda k: k + 1) == len(STRATEGIES):
            start.set()
        try:
            start.wait()
            factor = strategy(n, steps)
            if factor is not None:
                first = winner.update(lambda w: w if w is not None else (name, factor))
                if first[0] == name:
                    outcome = "won"
                    g.cancel()  # the others stop at their next checkpoint
                else:
                    outcome = "answered too late"
        except Cancelled:
            outcome = "cancelled"
            raise  # let the group absorb it
        finally:
            with shield():
                with reports.lock() as r:
                    r.append((name, outcome, steps[0]))

    with ThreadGroup(name="race") as g:
        for name, strategy in STRATEGIES:
            g.spawn(run, g, name, strategy, name=name)
    return winner.get(), reports.get()


def main(argv):
    n = int(argv[0]) if argv else DEFAULT_N
    if n < 2:
        sys.exit(f"N must be at least 2, not {n}")
    (name, factor), reports = race(n)
    if factor == n:
        print(f"{n} is prime (settled by {name})")
    else:
        print(f"{n} = {factor} * {n // factor} (found by {name})")
    for who, outcome, steps in sorted(reports):
        print(f"  {who}: {outcome}" + (f" after {steps} step(s)" if outcome == "won" else ""))


main(sys.argv[1:])
