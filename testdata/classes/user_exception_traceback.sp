# Uncaught user-defined exception: the traceback names the class without module prefix.
class ConfigError(Exception):
    pass
def load():
    raise ConfigError('bad config value')
load()
