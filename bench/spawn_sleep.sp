# Spawn N async: blocks that each sleep 0.5 s, inside one await: group.
# Usage: spindle bench/spawn_sleep.sp N   (default 100000)
import sys
import time

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    t0 = time.time()
    await:
        for i in range(n):
            async:
                time.sleep(0.5)
    print(n, "sleepers joined in", round(time.time() - t0, 3), "s")

main()
