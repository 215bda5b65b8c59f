# done callbacks of futures whose threads were cancelled still run in full (calls, a queue put),
# shielded on the finishing thread: "first answer wins" with add_done_callback
import threads, time

go = threads.Event()
def answer(delay, value):
    go.wait()
    time.sleep(delay)
    return value

done = threads.Queue()
def record(fu):
    state = "cancelled" if fu.cancelled() else "result " + fu.result()
    done.put((fu.name, state))
    g.cancel()

with ThreadGroup(name="race") as g:
    for delay, value in [(30, "slow"), (0, "fast"), (20, "mid")]:
        g.spawn(answer, delay, value, name=value).add_done_callback(record)
    go.set()
done.close()
print(sorted(done))
