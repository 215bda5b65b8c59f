# sys.argv holds the script path as given on the command line (plus arguments; none here).
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith('.sp'))
