# sys.exit() in a threading.Thread ends that thread quietly; the program goes on.
import sys, threading

done = []

def worker(n):
    try:
        done.append(n)
        sys.exit(n)
    finally:
        done.append(-n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
print("alive:", [t.is_alive() for t in threads])
print("main goes on")
