# Strings are only print arguments, f-strings and %-format literals.
def main(n: int) -> int:
    label = "total"  # error: str
    return n


def describe(n: int):
    return "done"  # error: str
