import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")


def parse(s):
    return int(s)


def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError("cannot load %r" % s) from e


try:
    load("x")
except RuntimeError:
    log.exception("load failed")
    log.error("with exc_info", exc_info=True)
    log.warning("no exc_info", exc_info=False)

try:
    {}["k"]
except KeyError as e:
    log.info("exception object", exc_info=e)
    log.debug("tuple", exc_info=sys.exc_info())
    logging.exception("root logger %d", 42)

log.exception("outside a handler")
log.error("outside, exc_info=True", exc_info=True)

err = ValueError("never raised")
log.critical("unraised exception", exc_info=err)
