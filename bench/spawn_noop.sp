# Spawn N async: blocks that do nothing, inside one await: group.
# Usage: spindle bench/spawn_noop.sp N   (default 1000000)
import sys
import time

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    t0 = time.time()
    await:
        for i in range(n):
            async:
                pass
    print(n, "no-op threads joined in", round(time.time() - t0, 3), "s")

main()
