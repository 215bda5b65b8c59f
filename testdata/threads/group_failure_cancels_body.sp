# A thread's failure cancels the block of its `with ThreadGroup()` (here blocked on an Event nobody
# sets): the failure is re-raised as is, with no "During handling of ... Cancelled" context, as an
# await: block reports it
import threading

def parse(text):
    return int(text)

def main():
    never = threading.Event()
    with ThreadGroup() as g:
        g.spawn(parse, "x")
        never.wait()
    print("not reached")

try:
    main()
except ValueError as e:
    print("caught:", e, "| context:", e.__context__)
main()
