# threads started with threading.Thread and ThreadPoolExecutor.submit and never joined finish before the program ends
import threading
import time
from concurrent.futures import ThreadPoolExecutor

go = threading.Event()
first = threading.Event()

def late():
    go.wait()
    time.sleep(0.05)
    print("thread done")
    first.set()

def later():
    first.wait()
    print("pool task done")

threading.Thread(target=late).start()
ThreadPoolExecutor(max_workers=1).submit(later)
print("main done")
go.set()
