# Sleeps racing their cancellation: 300 threads loop on short sleeps inside a timeout() whose deadline falls
# between or during them, so the deadline and the sleeps' own wake-ups race; every thread is woken and ends,
# none before its deadline. Then sleeps that nobody cancels each last at least their time.
import time

ended = []

def worker(i):
    limit = 0.001 * (i % 7 + 1)
    t0 = time.monotonic()
    n = 0
    try:
        with timeout(limit):
            while True:
                time.sleep(0.0003 * (i % 5 + 1))
                n += 1
    except TimeoutError:
        pass
    ended.append(time.monotonic() - t0 >= limit)

await:
    for i in range(300):
        async: worker(i)
print(len(ended), all(ended))

short = []

def sleeper(i):
    for k in range(5):
        d = 0.0001 * ((i + k) % 4)
        t0 = time.monotonic()
        time.sleep(d)
        short.append(time.monotonic() - t0 >= d)

await:
    for i in range(200):
        async: sleeper(i)
print(len(short), all(short))
