# A traceback that goes through a function of an imported sibling module
# shows that module's file name (relative, as for the main script).
import raiser_helper
def main():
    raiser_helper.explode(2)
main()
