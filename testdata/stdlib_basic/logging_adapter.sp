# logging.LoggerAdapter: extra reaches the record, a subclass's process() rewrites messages, delegation and repr
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s %(name)s [%(user)s] %(message)s")
log = logging.getLogger("svc")
ad = logging.LoggerAdapter(log, {"user": "ann"})
ad.info("login ok"); ad.debug("hidden"); ad.warning("quota %d%%", 90); ad.log(logging.ERROR, "failed %s", "x")
print(ad, ad.name, ad.logger is log, ad.extra, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = {"user": self.extra["user"].upper()}
        return f"[req {self.extra['req']}] {msg}", kwargs
c = Ctx(log, {"user": "bob", "req": 7})
c.error("not found: %s", "/x")
c.setLevel(logging.ERROR); c.warning("dropped"); c.critical("kept")
print(repr(c), c.hasHandlers())
