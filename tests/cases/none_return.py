# Functions without a return value return None; the harness prints it.
# run: main
# run: report 3
# run: early_exit -1
# run: early_exit 4


def report(n: int):
    for i in range(n):
        print("line", i)


def early_exit(n: int) -> None:
    if n < 0:
        print("negative, returning early")
        return
    print("square is", n * n)


def nothing():
    pass


def main():
    report(2)
    early_exit(-5)
    early_exit(5)
    nothing()
    print("done")
