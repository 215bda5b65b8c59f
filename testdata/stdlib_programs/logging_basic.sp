# logging: basicConfig, levels, loggers hierarchy, handlers, formatters, custom handler, file handler
import logging, sys, os

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s [%(threadName)s] %(message)s", stream=sys.stdout)
logging.debug("hidden")
logging.info("info %d", 42)
log = logging.getLogger("app.db")
log.warning("warn from %s", "db")
log.setLevel(logging.ERROR)
log.warning("suppressed")
log.error("error shown")
print(log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.name, log.parent.name, logging.getLogger() is logging.root)
print(logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(5), log.isEnabledFor(logging.INFO), repr(log))

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter("{levelname}|{message}|{name}", style="{"))
other = logging.getLogger("other")
other.addHandler(lh)
other.propagate = False
other.info("not shown (level WARNING from root? no, root is INFO)")
other.warning("w1")
other.error("e %s %s", 1, 2)
print(lh.records)
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.CRITICAL)
h2.setFormatter(logging.Formatter("CRIT: %(message)s (%(levelno)d)"))
other.addHandler(h2)
other.critical("boom")
other.error("no crit")
print(len(lh.records), other.hasHandlers())
fh = logging.FileHandler("log_fixture_tmp.log", mode="w")
fh.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
flog = logging.getLogger("file")
flog.addHandler(fh)
flog.warning("to file")
fh.close()
print(open("log_fixture_tmp.log").read(), end="")
os.remove("log_fixture_tmp.log")
try:
    logging.getLogger("x").setLevel("BOGUS")
except ValueError as e:
    print("ValueError", e)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
logging.getLogger("child.of.nothing").info("propagates to root")
logging.info("dict args %(a)s", {"a": 1})
