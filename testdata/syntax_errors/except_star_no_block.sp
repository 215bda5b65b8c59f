# a missing block after except* names the except* statement
try:
    pass
except* ValueError:
x = 1
