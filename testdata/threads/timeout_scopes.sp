# timeout() and ThreadGroup(timeout=): level-triggered Cancelled inside, shield() inside a timed-out block, the
# nearest deadline wins, a group under a timeout, the scope object's cancel() (absorbed: no TimeoutError), also
# from a child thread
import time
log = []
try:
    with timeout(0.05):
        try:
            time.sleep(10)
        except Cancelled:
            log.append("caught 1")
        try:
            time.sleep(10)
        except Cancelled:
            log.append("caught 2")
        with shield():
            time.sleep(0.01)
            log.append("shielded sleep done")
        log.append("after shield (no checkpoint)")
        x = 0
        for i in range(3):
            x += 1
        log.append("unreached")
except TimeoutError as e:
    log.append("TimeoutError " + repr(e) + " ctx=" + repr(e.__context__))
print(log)
# nested: inner nearer wins
try:
    with timeout(5):
        try:
            with timeout(0.01):
                time.sleep(1)
        except TimeoutError:
            print("inner timed out")
        print("outer still alive")
except TimeoutError:
    print("outer??")
# nested: outer shorter
try:
    with timeout(0.02):
        try:
            with timeout(5):
                time.sleep(1)
        except TimeoutError:
            print("inner?? wrong")
        print("unreached")
except TimeoutError:
    print("outer timed out")
# timeout inside a group cancels the group threads
def child(): time.sleep(10)
try:
    with timeout(0.02):
        await:
            async: child()
            async: child()
except TimeoutError:
    print("group under timeout")
try:
    with ThreadGroup(timeout=0.02) as g:
        g.spawn(child)
except TimeoutError as e:
    print("group timeout", repr(e))
# ThreadGroup timeout nested in shorter timeout
try:
    with timeout(0.02):
        try:
            with ThreadGroup(timeout=5) as g:
                g.spawn(child)
        except TimeoutError:
            print("wrong")
except TimeoutError:
    print("outer wins")

with timeout(5) as t:
    t.cancel()
    time.sleep(1)
    print("unreached")
print("after cancel: no TimeoutError")
with shield() as s:
    s.cancel()
    try:
        time.sleep(0.01)
    except Cancelled:
        print("shield self-cancel raises")
print("ok")
def child(t):
    t.cancel()
with timeout(5) as t:
    await:
        async: child(t)
        time.sleep(2)
print("cancel from a child ok")

