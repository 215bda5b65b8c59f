# A method holding a threading.Lock calls another that takes the same Lock (the textbook case
# for RLock): DeadlockError says the thread waits on a Lock it holds itself (Spindle-only:
# CPython hangs); with an RLock the same code runs. The stuck thread is a daemon: not joined at exit
import re
import threading

class Account:
    def __init__(self, lock):
        self.lock = lock
        self.balance = 0
    def deposit(self, n):
        with self.lock:
            self.balance += n
    def deposit_twice(self, n):
        with self.lock:
            self.deposit(n)
            self.deposit(n)

for kind, make in (("Lock", threading.Lock), ("RLock", threading.RLock)):
    acct = Account(make())
    t = threading.Thread(target=acct.deposit_twice, args=(5,), name="depositor", daemon=True)
    t.start()
    try:
        t.join()
        print(kind, "balance", acct.balance)
    except DeadlockError as e:
        print(kind, "deadlock:")
        for line in str(e).splitlines():
            print(re.sub(r"0x[0-9a-f]+", "0x...", line))
        print("balance so far", acct.balance)
