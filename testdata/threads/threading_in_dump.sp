# a threading.Thread runs in the background group of the program: threads.dump() shows it there
import re
import threading
import threads

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="waiter")
t.start()
while not any(th.name == "waiter" for th in threading.enumerate()):
    pass
def dump():
    return threads.dump()

text = dump()
while "waiting on Event" not in text:
    text = dump()
for line in text.splitlines():
    print(re.sub(r"0x[0-9a-f]+", "0x...", line))
ev.set()
t.join()
print(t.is_alive())
