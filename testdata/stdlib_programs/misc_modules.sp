# shlex, warnings (catch_warnings/filters), atexit registration, signal handlers via raise_signal, platform, getpass
import shlex, warnings, atexit, signal, platform, getpass

print(shlex.split('a "b c" d\\ e \'f g\' "h\\"i" x#y'), shlex.split("a # comment", comments=True))
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["ls", "-l", "my file"]))
for s in ['"open', "trail\\"]:
    try:
        shlex.split(s)
    except ValueError as e:
        print("ValueError", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful")
    warnings.warn("old", DeprecationWarning)
    warnings.warn("again")
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")

def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "world")
atexit.unregister(bye)
print("atexit ok")

got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGTERM, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is handler)
signal.raise_signal(signal.SIGTERM)
print(got == [signal.SIGTERM], signal.SIGINT, signal.SIGTERM)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.raise_signal(signal.SIGTERM)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.signal(signal.SIGINT, 42)
except TypeError as e:
    print("TypeError", e)
print(platform.system() in ("Linux", "Darwin", "Windows"), isinstance(platform.machine(), str), platform.python_version().startswith("3."))
print(isinstance(getpass.getuser(), str))
