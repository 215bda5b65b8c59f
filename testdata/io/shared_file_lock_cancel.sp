# Spindle: a thread that waits for a file object another thread is blocked reading
# (two readers of one pipe file) waits cancellably: its timeout() ends it at once,
# not when the other reader gets data; the other reader is not disturbed.
import os, time
r, w = os.pipe()
rf = open(r, "r")
wf = open(w, "w")
t0 = time.monotonic()
def second_reader():
    try:
        with timeout(0.1):
            if not rf.closed:      # the closed attribute does not wait for the file
                for line in rf:    # iterating waits for it, cancellably
                    pass
        return "read?"
    except TimeoutError:
        return time.monotonic() - t0 < 2
with ThreadGroup() as g:
    first = g.spawn(rf.readline)
    time.sleep(0.05)
    second = g.spawn(second_reader)
    print("second reader cancelled promptly:", second.result())
    wf.write("hello\n")
    wf.flush()
print("first reader got", repr(first.result()))
# the file still works for both kinds of use afterwards
wf.write("more\n")
wf.close()
print(repr(rf.readline()), repr(rf.readline()))
