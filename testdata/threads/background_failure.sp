import time
def bad():
    raise ValueError("in background")
spawn(bad, name="worker")
time.sleep(0.1)
print("main continues")
