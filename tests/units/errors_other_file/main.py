# error: a construct outside the subset in another file of the unit is
# reported with that file's name, line and caret.
from tools import helper


def main() -> int:
    return helper(3)
