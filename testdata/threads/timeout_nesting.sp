# Deadlines nest: the nearest one wins. An inner timeout() inside a ThreadGroup(timeout=) fires alone and is caught
# inside the group; a group's own deadline that is nearer than an inner timeout() raises TimeoutError at the group's with
import time

events = []

with ThreadGroup(timeout=10) as g:
    try:
        with timeout(0.05):
            time.sleep(5)
    except TimeoutError as e:
        events.append("inner timeout fired: " + type(e).__name__)
    g.spawn(lambda: events.append("group still works"))
events.append("group ended normally")

def sleeper(tag):
    try:
        time.sleep(5)
    finally:
        events.append(tag + " cancelled")

try:
    with ThreadGroup(timeout=0.05) as g:
        g.spawn(sleeper, "child")
        with timeout(10):
            sleeper("block")
except TimeoutError:
    events.append("group deadline raised TimeoutError")

# threads spawned inside a timeout() block are cancelled with it
events.sort()
try:
    with timeout(0.05):
        await:
            async: sleeper("inner child 1")
            async: sleeper("inner child 2")
except TimeoutError:
    events.append("timeout around await: raised TimeoutError")
events[-3:-1] = sorted(events[-3:-1])

# a deadline that does not expire changes nothing
with timeout(10):
    with ThreadGroup(timeout=5) as g:
        f = g.spawn(lambda: 6 * 7)
events.append("result " + str(f.result()))
for e in events:
    print(e)
