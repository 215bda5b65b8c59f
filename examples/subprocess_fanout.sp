# subprocess_fanout.sp — run several commands at once, each with a timeout.
#
# Shows: one virtual thread per child process (a thread waiting for a
# process parks; it does not hold a core), `with timeout(seconds):` around
# a blocking call — when time is up the call is cancelled, the child process
# is killed, and TimeoutError is raised at the `with` — and results kept in
# input order however the commands finish.
#
# Run:   go run ./cmd/spindle examples/subprocess_fanout.sp [TIMEOUT_SECONDS]
#
# Runs a fixed list of shell commands (default timeout 2 seconds); one
# sleeps far longer than the timeout and is reported as timed out, one
# fails, one does not exist; the others' outputs are printed in order.
import shlex, subprocess, sys, time

COMMANDS = [
    ["echo", "hello from echo"],
    ["sh", "-c", "sleep 0.3; echo finished after a short nap"],
    ["sleep", "30"],
    ["sh", "-c", "for i in 1 2 3; do echo line $i; done"],
    ["sh", "-c", "echo something went wrong >&2; exit 3"],
    ["tr", "a-z", "A-Z"],
    ["no-such-command-spindle-example"],
]
INPUT = {"tr": "shout this from stdin\n"}


def run_one(cmd, limit):
    """(status, output) for one command, never raising for its failures."""
    try:
        with timeout(limit):
            r = subprocess.run(cmd, input=INPUT.get(cmd[0]), capture_output=True, text=True)
    except TimeoutError:
        return ("timed out", f"killed when its timeout ({limit:g} s) expired")
    except OSError as e:
        return ("could not start", f"{type(e).__name__}: {e.strerror}")
    if r.returncode != 0:
        return (f"exit {r.returncode}", r.stderr.strip())
    return ("ok", r.stdout.rstrip("\n"))


def main(argv):
    limit = float(argv[0]) if argv else 2.0
    results = [None] * len(COMMANDS)
    t0 = time.monotonic()
    with ThreadGroup() as g:
        for i, cmd in enumerate(COMMANDS):
            async:
                results[i] = run_one(cmd, limit)
    elapsed = time.monotonic() - t0
    for cmd, (status, output) in zip(COMMANDS, results):
        print(f"$ {shlex.join(cmd)}    [{status}]")
        for line in output.splitlines():
            print(f"  {line}")
    timed_out = sum(1 for status, _ in results if status == "timed out")
    print(f"{len(COMMANDS)} commands, {timed_out} timed out; all done in {elapsed:.2f}s")


main(sys.argv[1:])
