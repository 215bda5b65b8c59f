# threading.ThreadError is _thread.error, i.e. RuntimeError: code written for CPython catches
# lock misuse with it
import threading, _thread
print(threading.ThreadError is RuntimeError, _thread.error is threading.ThreadError)
lock = threading.Lock()
try:
    lock.release()
except threading.ThreadError as e:
    print("ThreadError:", e)
