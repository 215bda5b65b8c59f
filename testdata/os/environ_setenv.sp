import os, subprocess
os.environ["SPX_A"] = "hello"
print(os.getenv("SPX_A"), os.environ.get("SPX_A"))
print(subprocess.run(["sh", "-c", "echo $SPX_A"], capture_output=True, text=True).stdout.strip())
os.environ.update(SPX_B="b", SPX_C="c")
print(subprocess.run(["sh", "-c", "echo $SPX_B$SPX_C"], capture_output=True, text=True).stdout.strip())
print(os.environ.pop("SPX_B"), "SPX_B" in os.environ)
print(subprocess.run(["sh", "-c", "echo [$SPX_B]"], capture_output=True, text=True).stdout.strip())
del os.environ["SPX_C"]
print(os.environ.setdefault("SPX_D", "d"), os.environ["SPX_D"])
print(os.environ.pop("NOPE_X", "dflt"))
try:
    os.environ["SPX_E"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ[2] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del os.environ["NOPE_X"]
except KeyError as e:
    print("KeyError:", e)
c = os.environ.copy()
print(type(c).__name__, c["SPX_A"])
print(repr(os.environ).startswith("environ({"))
print(len(os.environ) > 0)
print(sorted(k for k in os.environ if k.startswith("SPX_")))
os.environ["SPX_A"] = "changed"
print(subprocess.run(["sh", "-c", "echo $SPX_A"], capture_output=True, text=True).stdout.strip())
print(os.path.expandvars("$SPX_A/x"))
