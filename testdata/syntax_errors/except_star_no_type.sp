# except* needs at least one exception type
try:
    pass
except* ValueError:
    pass
except*:
    pass
