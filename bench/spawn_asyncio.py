# python3 asyncio.TaskGroup baseline for bench/spawn_sleep.sp and
# bench/spawn_noop.sp (needs Python 3.11+).
# Usage: python3 bench/spawn_asyncio.py sleep|noop N
import asyncio
import sys
import time


async def sleeper():
    await asyncio.sleep(0.5)


async def noop():
    pass


async def main(mode, n):
    fn = sleeper if mode == "sleep" else noop
    async with asyncio.TaskGroup() as tg:
        for _ in range(n):
            tg.create_task(fn())


if __name__ == "__main__":
    mode, n = sys.argv[1], int(sys.argv[2])
    t0 = time.time()
    asyncio.run(main(mode, n))
    print(n, mode, "tasks joined in", round(time.time() - t0, 3), "s")
