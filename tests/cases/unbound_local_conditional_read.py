# Reading the local before its assignment, on a path chosen at run time.
# run: main
# run: early_read False
# run: early_read True


def early_read(flag: bool) -> int:
    if flag:
        print("reading before assignment")
        return total + 1
    total = 5
    return total


def main():
    print(early_read(False))
    return early_read(True)
