# A zero step raises ValueError when range() is evaluated.
# run: main
# run: stepped 0 10 0
# run: stepped 0 10 2


def stepped(a: int, b: int, c: int) -> int:
    n = 0
    for i in range(a, b, c):
        n += 1
    return n


def main():
    print(stepped(0, 10, 3))
    step = 3
    while step >= 0:
        print("step", step, "->", stepped(0, 6, step))
        step -= 1
