# getopt.getopt and gnu_getopt: short/long options, arguments, '--', GetoptError messages.
import getopt
print(getopt.getopt(["-a", "-b", "val", "-cfoo", "--long", "--opt=1", "--op", "2", "file", "-x"], "ab:c:", ["long", "opt="]))
print(getopt.gnu_getopt(["file", "-a", "more", "--long", "--", "-b"], "ab:", ["long"]))
print(getopt.getopt(["--", "-a"], "a"), getopt.getopt(["-", "-a"], "a"), getopt.getopt(["-a"], "a", "alpha"))
for args, short, longs in ((["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["long"]), (["--long=3"], "", ["long"]), (["--lo"], "", ["long", "lox"]), (["--opt"], "", ["opt="])):
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), e.msg, getopt.error is getopt.GetoptError)
