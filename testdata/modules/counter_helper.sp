# Helper module: prints when its body runs (it should run once per process).
runs = 1
print('counter_helper body run')
