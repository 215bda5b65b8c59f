# except* with several unparenthesized types
try:
    pass
except* ValueError, TypeError:
    pass
