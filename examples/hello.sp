# hello.sp — the smallest Spindle program: functions, f-strings and a loop.
# Run: go run ./cmd/spindle examples/hello.sp

def greet(name, excited=False):
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"

for who in ["world", "Spindle"]:
    print(greet(who, excited=(who == "Spindle")))

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("sum of squares:", sum(squares.values()))
