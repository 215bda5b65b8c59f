# 50 threads sleeping 0.2 s run in parallel
import time
t0 = time.monotonic()
await:
    for i in range(50):
        async: time.sleep(0.2)
elapsed = time.monotonic() - t0
print(elapsed >= 0.2, elapsed < 0.9)
