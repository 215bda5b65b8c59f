# errno constants and errorcode, matched against OSError.errno.
import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode) > 100)
try:
    os.mkdir("/")
except OSError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
try:
    open("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, os.strerror(e.errno))
