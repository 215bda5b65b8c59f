# Many threads blocked reading one pipe nobody writes: cancelling their
# group ends every read, round after round. (Each cancelled read wakes the
# shared fd with a past deadline and clears it when it ends; another
# reader's clear could undo a wake before that read saw it, leaving the
# read, and the group, blocked forever.)
# A reader may see the wake meant for a sibling as a timeout just before
# its own cancellation arrives (a known limitation of deadlines shared by
# one fd's readers), so readers here ignore TimeoutError.
import os, time

def reader(r):
    try:
        os.read(r, 1)
    except TimeoutError:
        pass

r, w = os.pipe()
for round in range(10):
    with ThreadGroup() as g:
        futures = [g.spawn(reader, r) for i in range(50)]
        time.sleep(0.01)
        g.cancel()
    print(round, sum(f.done() for f in futures))
os.close(r)
os.close(w)
print("done")
