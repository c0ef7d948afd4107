# Rule 30 and rule 110 on a 48-cell ring stored in the bits of an int.
# run: main
# run: step_count 30 20
# run: step_count 110 20


WIDTH = 48
FULL = 0xFFFFFFFFFFFF


def step(cells: int, rule: int) -> int:
    left = ((cells << 1) | (cells >> (WIDTH - 1))) & FULL
    right = (cells >> 1) | ((cells & 1) << (WIDTH - 1))
    out = 0
    for i in range(WIDTH):
        pattern = ((left >> i) & 1) << 2 | ((cells >> i) & 1) << 1 | ((right >> i) & 1)
        if (rule >> pattern) & 1:
            out |= 1 << i
    return out


def show(cells: int):
    for i in range(WIDTH - 1, -1, -1):
        if (cells >> i) & 1:
            print("#", end="")
        else:
            print(".", end="")
    print()


def step_count(rule: int, generations: int) -> int:
    c = 1 << (WIDTH // 2)
    alive = 0
    for g in range(generations):
        c = step(c, rule)
        x = c
        while x:
            x &= x - 1
            alive += 1
    return alive


def main():
    c = 1 << (WIDTH // 2)
    for g in range(16):
        show(c)
        c = step(c, 30)
    print(c)
