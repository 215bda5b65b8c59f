# SPINDLE-SPECIFIC (hand-written .out; CPython prints different values).
# LANGUAGE.md §1: at module level the loop variable stays a global (functions
# called from the body see the current value), and closures written inside
# the loop body capture that iteration's binding. After the loop the global
# holds the last value. Rebinding the global after the loop does not change
# what the closures made in the loop return (they hold their iteration's
# variable, not the global).
# CPython would print [2, 2, 2] and then [100, 100, 100].
def current():
    return i
fs = []
for i in range(3):
    print('function called from the body sees', current())
    fs.append(lambda: i)
print([f() for f in fs])
print('after the loop i =', i, 'and current() =', current())
i = 100
print([f() for f in fs])
print('global is now', i, current())
